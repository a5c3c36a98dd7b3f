package org.relais.e2e;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.opentest4j.AssertionFailedError;

/** axe-core on a page: WCAG 2.0/2.1 A and AA rules, zero violations allowed; counts what it checked. */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Distinct pages checked: path with the language the page was shown in. */
	static final Set<String> PAGES = new ConcurrentSkipListSet<>();

	static final AtomicInteger RUNS = new AtomicInteger();

	static final AtomicInteger VIOLATIONS = new AtomicInteger();

	private Axe() {
	}

	static void check(Page page) {
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		URI uri = URI.create(page.url());
		String lang = page.locator("html").getAttribute("lang");
		PAGES.add(uri.getRawPath() + " [" + lang + "]");
		RUNS.incrementAndGet();
		if (results.getErrorMessage() != null) {
			throw new AssertionFailedError("axe failed on " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			VIOLATIONS.addAndGet(violations.size());
			throw new AssertionFailedError(violations.size() + " axe violation(s) on " + page.url() + " (lang "
					+ lang + "):\n" + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "  - " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n"
				+ rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "      " + node.getTarget() + "  " + node.getHtml() + "\n        "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n        ");
	}

	static String summary() {
		return "e2e: axe checked " + PAGES.size() + " pages (" + RUNS.get() + " analyses), " + VIOLATIONS.get()
				+ " violations";
	}

}
