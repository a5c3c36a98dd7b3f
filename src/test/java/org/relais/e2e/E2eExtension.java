package org.relais.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a full-page screenshot of a failed test to {@code target/e2e-screenshots/<Class>-<method>.png} (before
 * the browser context closes), and prints the axe summary once all tests have run.
 */
class E2eExtension implements AfterTestExecutionCallback, BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.getOrComputeIfAbsent(Summary.class, k -> new Summary(), Summary.class);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws Exception {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		Object test = context.getRequiredTestInstance();
		Page page = test instanceof E2eTest e ? e.page : null;
		if (page == null || page.isClosed()) {
			return;
		}
		Path dir = E2eTest.screenshotDir();
		Files.createDirectories(dir);
		String name = context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName()
				+ (context.getUniqueId().contains("test-template-invocation") ? "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9@._-]+", "_") : "");
		Path file = dir.resolve(name + ".png");
		try {
			page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			System.out.println("e2e: screenshot of the failed test at " + file.toAbsolutePath() + " (" + page.url() + ")");
		}
		catch (RuntimeException ex) {
			System.out.println("e2e: no screenshot for " + name + ": " + ex.getMessage());
		}
	}

	/** Closed by JUnit when the whole run ends. */
	static final class Summary implements AutoCloseable {

		@Override
		public void close() {
			System.out.println(Axe.summary());
		}

	}

}
