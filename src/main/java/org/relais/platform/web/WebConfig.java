package org.relais.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Languages, message bundles (one per module) and the clock. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final LanguageInterceptor languageInterceptor;

	WebConfig(LanguageInterceptor languageInterceptor) {
		this.languageInterceptor = languageInterceptor;
	}

	@Bean
	static Clock clock() {
		return Clock.systemUTC();
	}

	/** Every {@code i18n/<module>/messages_*.properties} on the class path, so a new module only adds its bundle. */
	@Bean
	static MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		Resource[] bundles = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*/messages_fr.properties");
		String[] basenames = Arrays.stream(bundles).map(r -> {
			try {
				String url = r.getURL().toString();
				String path = url.substring(url.lastIndexOf("i18n/"));
				return "classpath:" + path.substring(0, path.length() - "_fr.properties".length());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct().sorted().toArray(String[]::new);
		source.setBasenames(basenames);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.FRENCH);
		source.setCacheSeconds(-1);
		return source;
	}

	@Bean
	LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new RelaisLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(languageInterceptor);
	}

}
