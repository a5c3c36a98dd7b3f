package org.relais.subscription.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.subscription.billing.Billing;
import org.relais.subscription.billing.BillingException;
import org.relais.subscription.billing.SubscriptionInvoice;
import org.relais.subscription.billing.SubscriptionSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's subscriptions: the rate per inhabitant and the currency for the whole instance, and every
 * territory's kind, population and price for the year, with "issue this year's invoice" and "mark paid".
 */
@Controller
class PlatformSubscriptionController {

	private final Billing billing;

	private final AuditLog audit;

	PlatformSubscriptionController(Billing billing, AuditLog audit) {
		this.billing = billing;
		this.audit = audit;
	}

	@GetMapping("/platform/subscription")
	String show(Model model, Locale locale) {
		SubscriptionAccess.requirePlatformAdmin();
		SubscriptionSettings s = billing.settings();
		RateForm form = new RateForm();
		form.setRate(s.getRate().stripTrailingZeros().toPlainString());
		form.setCurrency(s.getCurrency());
		model.addAttribute("form", form);
		return render(model, locale);
	}

	@PostMapping("/platform/subscription")
	String save(@ModelAttribute("form") RateForm form, BindingResult errors, Model model, Locale locale,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = SubscriptionAccess.requirePlatformAdmin();
		if (form.rateValue() == null) {
			errors.rejectValue("rate", "subscription.platform.error.rate");
		}
		if (!Billing.validCurrency(form.currencyValue())) {
			errors.rejectValue("currency", "subscription.platform.error.currency");
		}
		if (!errors.hasErrors()) {
			try {
				billing.changeSettings(form.rateValue(), form.currencyValue(), me.userId());
			}
			catch (BillingException ex) {
				errors.rejectValue(ex.messageKey().endsWith("currency") ? "currency" : "rate", ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return render(model, locale);
		}
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "subscription-rate",
				"rate=" + form.rateValue() + " " + form.currencyValue());
		flash.addFlashAttribute("flash", "subscription.platform.saved");
		return "redirect:/platform/subscription";
	}

	@PostMapping("/platform/subscription/issue")
	String issue(@RequestParam(required = false) UUID territory, RedirectAttributes flash) {
		RelaisPrincipal me = SubscriptionAccess.requirePlatformAdmin();
		if (territory == null) {
			throw org.relais.shared.NotFoundException.of("territory", "none");
		}
		try {
			SubscriptionInvoice invoice = billing.issue(territory, me.userId());
			audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "subscription-invoice",
					"issued " + invoice.getNumber() + " territory=" + territory);
			flash.addFlashAttribute("flash", "subscription.platform.issued");
		}
		catch (BillingException ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/platform/subscription";
	}

	@PostMapping("/platform/subscription/paid")
	String paid(@RequestParam(required = false) UUID invoice, RedirectAttributes flash) {
		RelaisPrincipal me = SubscriptionAccess.requirePlatformAdmin();
		if (invoice == null) {
			throw org.relais.shared.NotFoundException.of("invoice", "none");
		}
		try {
			billing.markPaid(invoice, me.userId());
			audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "subscription-invoice", "paid " + invoice);
			flash.addFlashAttribute("flash", "subscription.platform.paid");
		}
		catch (BillingException ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/platform/subscription";
	}

	private String render(Model model, Locale locale) {
		List<PriceView> rows = billing.all().stream().map(o -> PriceView.of(o, locale)).toList();
		model.addAttribute("rows", rows);
		return "subscription/platform";
	}

}
