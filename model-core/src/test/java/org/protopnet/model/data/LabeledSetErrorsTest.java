package org.protopnet.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledSetErrorsTest {
    @TempDir Path dir;

    private void png(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
    }

    @Test
    void classFoldersBecomeSortedClassesWithTheirImages() throws Exception {
        png(dir.resolve("nodule/a.png"));
        png(dir.resolve("normal/b.png"));
        png(dir.resolve("normal/c.png"));
        FileSet set = FileSet.open(dir);
        assertEquals(java.util.List.of("nodule", "normal"), set.classNames());
        assertEquals(3, set.size());
        assertEquals(1, set.label(2));
        assertEquals(8, set.load(0).width());
    }

    @Test
    void anEmptyClassFolderIsRefusedByName() throws Exception {
        png(dir.resolve("a/1.png"));
        Files.createDirectories(dir.resolve("b"));
        DataException e = assertThrows(DataException.class, () -> FileSet.open(dir));
        assertTrue(
                e.getMessage().contains(dir.resolve("b").toString())
                        && e.getMessage().contains("no images"),
                e.getMessage());
    }

    @Test
    void aNonImageFileInAClassFolderIsRefusedByName() throws Exception {
        png(dir.resolve("a/1.png"));
        png(dir.resolve("b/1.png"));
        Files.writeString(dir.resolve("b/notes.txt"), "hello");
        DataException e = assertThrows(DataException.class, () -> FileSet.open(dir));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    }

    @Test
    void aCorruptImageNamesTheFileWhenLoaded() throws Exception {
        png(dir.resolve("a/1.png"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/broken.png"), new byte[] {1, 2, 3});
        FileSet set = FileSet.open(dir);
        DataException e = assertThrows(DataException.class, () -> set.load(1));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
    }

    @Test
    void csvManifestReadsSplitsAndRefusesUnknownSplitsAndMissingFilesByLine() throws Exception {
        png(dir.resolve("img/1.png"));
        png(dir.resolve("img/2.png"));
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "path,label,split\nimg/1.png,cyst,train\nimg/2.png,mass,val\n");
        FileSet set = FileSet.open(csv);
        assertEquals(Split.VAL, set.split(1));
        assertEquals("mass", set.classNames().get(set.label(1)));
        Files.writeString(csv, "img/1.png,cyst,train\nimg/2.png,mass,holdout\n");
        DataException e = assertThrows(DataException.class, () -> FileSet.open(csv));
        assertTrue(
                e.getMessage().contains("labels.csv:2") && e.getMessage().contains("holdout"),
                e.getMessage());
        Files.writeString(csv, "img/1.png,cyst\nimg/9.png,mass\n");
        e = assertThrows(DataException.class, () -> FileSet.open(csv));
        assertTrue(
                e.getMessage().contains("labels.csv:2") && e.getMessage().contains("9.png"),
                e.getMessage());
    }

    @Test
    void idxFilesWithABadMagicNumberAreRefused() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 9, 9, 0, 0, 0, 0});
        Files.write(dir.resolve("train-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), new byte[0]);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[0]);
        DataException e = assertThrows(DataException.class, () -> IdxSet.fashionMnist(dir, 0));
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    }
}
