package org.relais.notification.mail;

import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from its pair of templates ({@code <name>.html}, {@code <name>.txt} under
 * {@code templates/notification/mail/}) and the module's messages. The engine is private to this class, not a bean,
 * so that the web pages keep Boot's engine untouched.
 */
@Component
class MailTemplates {

	/** A mail ready to send. */
	record RenderedMail(String subject, String text, String html) {
	}

	private static final String PREFIX = "templates/notification/mail/";

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final String baseUrl;

	MailTemplates(MessageSource messages, @Value("${relais.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix(PREFIX);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	RenderedMail render(OutgoingMail mail) {
		Locale locale = mail.locale();
		String subject = messages.getMessage(mail.subjectKey(), mail.subjectArgs().toArray(), locale);
		Context context = new Context(locale);
		context.setVariables(mail.variables());
		context.setVariable("displayName", mail.displayName());
		context.setVariable("subject", subject);
		context.setVariable("baseUrl", baseUrl);
		String html = engine.process(mail.template() + ".html", context);
		String text = engine.process(mail.template() + ".txt", context);
		return new RenderedMail(subject, text, html);
	}

	String baseUrl() {
		return baseUrl;
	}

}
