package org.relais.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Session cookies are {@code Secure} whenever Relais is served over HTTPS ({@code RELAIS_BASE_URL}). */
@Configuration(proxyBeanMethods = false)
class CookieConfig {

	@Bean
	ServletContextInitializer secureCookies(@Value("${relais.base-url}") String baseUrl) {
		return servletContext -> servletContext.getSessionCookieConfig().setSecure(baseUrl.startsWith("https://"));
	}

}
