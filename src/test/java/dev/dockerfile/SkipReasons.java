package dev.dockerfile;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test and why to the console. Surefire's console only counts skipped tests
 * ("Skipped: 1"); the reason (an assumption's message, {@code @Disabled}'s) is otherwise in its XML
 * report alone. Registered for every test run through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasons implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted without a reason"));
        }
    }

    private static void print(TestIdentifier test, String reason) {
        String name = test.getLegacyReportingName();
        String where = test.getParentIdObject().isPresent() ? test.getUniqueIdObject().getSegments().stream()
                .filter(s -> s.getType().equals("class")).map(s -> s.getValue().substring(s.getValue().lastIndexOf('.') + 1))
                .findFirst().map(c -> c + ".").orElse("") : "";
        System.out.println("SKIPPED " + where + name + ": " + reason);
    }
}
