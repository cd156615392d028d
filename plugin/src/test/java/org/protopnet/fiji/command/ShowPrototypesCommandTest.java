package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class ShowPrototypesCommandTest {
    @TempDir Path dir;

    @Test
    void galleryIsAStackWithASlicePerClassAndFilesBesideTheModel() throws Exception {
        Path model = TinyModel.train(dir);
        ImagePlus gallery;
        try (Context context = new Context(CommandService.class)) {
            CommandModule m =
                    context.service(CommandService.class)
                            .run(ShowPrototypesCommand.class, true, "model", model.toFile())
                            .get();
            gallery = (ImagePlus) m.getOutput("gallery");
        }
        assertEquals(3, gallery.getStackSize(), "one slice per class");
        assertEquals("prototypes-normal.png", gallery.getStack().getSliceLabel(2));
        Path folder = dir.resolve("tiny-prototypes");
        assertTrue(Files.exists(folder.resolve("index.html")));
        assertTrue(Files.exists(folder.resolve("prototypes-round_lesion.png")));
    }

    @Test
    void missingModelIsOneLine() {
        ShowPrototypesCommand c = new ShowPrototypesCommand();
        c.model = dir.resolve("none.protopnet").toFile();
        CommandException e = assertThrows(CommandException.class, c::run);
        assertTrue(e.getMessage().startsWith("Show Prototypes: "), e.getMessage());
        assertTrue(e.getMessage().contains("none.protopnet"), e.getMessage());
    }
}
