package org.relais.subscription.web;

import java.util.Locale;
import java.util.UUID;

import org.relais.platform.RelaisPrincipal;
import org.relais.subscription.billing.Billing;
import org.relais.subscription.billing.InvoicePdf;
import org.relais.subscription.billing.SubscriptionInvoice;
import org.relais.territory.TerritoryCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The territory admin's subscription page (kind, population, rate, annual price, period, status, invoices). */
@Controller
class SubscriptionController {

	private final Billing billing;

	private final InvoicePdf pdf;

	private final TerritoryCatalog territories;

	SubscriptionController(Billing billing, InvoicePdf pdf, TerritoryCatalog territories) {
		this.billing = billing;
		this.pdf = pdf;
		this.territories = territories;
	}

	@GetMapping("/admin/subscription")
	String page(Model model, Locale locale) {
		RelaisPrincipal me = SubscriptionAccess.requireAdmin();
		model.addAttribute("price", PriceView.of(billing.overview(me.currentTerritoryId()), locale));
		model.addAttribute("today", billing.today(territories.find(me.currentTerritoryId()).orElseThrow()));
		return "subscription/admin";
	}

	@GetMapping("/admin/subscription/invoices/{id}.pdf")
	ResponseEntity<byte[]> invoice(@PathVariable UUID id) {
		RelaisPrincipal me = SubscriptionAccess.requireAdmin();
		SubscriptionInvoice invoice = billing.invoice(me.currentTerritoryId(), id);
		byte[] bytes = pdf.render(invoice, billing.subscriptionOf(invoice),
				territories.find(me.currentTerritoryId()).orElseThrow());
		return pdf(invoice.getNumber() + ".pdf", bytes);
	}

	static ResponseEntity<byte[]> pdf(String fileName, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes);
	}

}
