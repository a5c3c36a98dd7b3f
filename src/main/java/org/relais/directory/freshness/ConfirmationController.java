package org.relais.directory.freshness;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.freshness.Confirmations.State;
import org.relais.directory.freshness.Confirmations.View;
import org.relais.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind the one-click link of a freshness mail, open without signing in: the link is the permission.
 * GET only shows the services and a button (mail scanners follow links); POST confirms them. A tampered or
 * unknown link is a 404, an expired or used one a 410, each with a page that says so.
 */
@Controller
class ConfirmationController {

	private final Confirmations confirmations;

	private final ZoneId zone;

	ConfirmationController(Confirmations confirmations, @Value("${relais.time-zone:Europe/Paris}") String zone) {
		this.confirmations = confirmations;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/directory/confirm/{token}")
	String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		return page(confirmations.open(token, Languages.of(locale)), token, false, model, response);
	}

	@PostMapping("/directory/confirm/{token}")
	String confirm(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		return page(confirmations.confirm(token, Languages.of(locale)), token, true, model, response);
	}

	private String page(View view, String token, boolean done, Model model, HttpServletResponse response) {
		// Anonymous visitors have no territory: dates in the instance's time zone.
		model.addAttribute("zone", zone);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		if (view.state() != State.VALID) {
			response.setStatus(view.state() == State.INVALID ? 404 : 410);
			model.addAttribute("state", view.state().name());
			return "directory/freshness/link-invalid";
		}
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		return done ? "directory/freshness/confirmed" : "directory/freshness/confirm";
	}

}
