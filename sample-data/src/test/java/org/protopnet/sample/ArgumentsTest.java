package org.protopnet.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's command line. */
class ArgumentsTest {
    @Test
    void casesSeedAndModalitiesBecomeOptions() {
        Arguments a =
                Arguments.parse(
                        new String[] {
                            "--out", "d", "--cases", "90", "--seed", "3", "--modalities", "us"
                        });
        assertEquals(Path.of("d"), a.out());
        assertEquals(3, a.options().seed());
        assertEquals(Set.of(SampleModality.ULTRASOUND), a.options().modalities());
        assertEquals(new SplitCounts(18, 6, 6), a.options().ultrasound());
    }

    @Test
    void withoutCasesMakesTheCommittedCountsAndSeed() {
        GeneratorOptions o = Arguments.parse(new String[] {"--out", "d"}).options();
        assertEquals(GeneratorOptions.committed(), o);
    }

    @Test
    void badArgumentsAreOneLineErrorsNamingTheOption() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Arguments.parse(new String[] {"--out", "d", "--cases", "many"}));
        assertTrue(
                e.getMessage().startsWith("--cases: expected a positive number"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"--out", "d", "--modalities", "ct"}));
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(new String[] {}));
    }
}
