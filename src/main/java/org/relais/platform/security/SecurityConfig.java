package org.relais.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.AccountDirectory;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.LoginThrottledException;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.TerritoryMembership;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two filter chains: the stateless REST API under {@code /api} (bearer tokens, JSON problems) and the web
 * pages (form sign-in, second factor, CSRF, sessions). Headers follow OWASP ASVS level 2.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:%s; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
			+ "object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2";
		return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	UserDetailsService userDetailsService(AccountDirectory accounts) {
		return email -> accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit, AccountDirectory accounts) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(dao, throttle, audit, accounts));
		manager.setEraseCredentialsAfterAuthentication(false);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountDirectory accounts) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.formLogin(f -> f.disable())
			.httpBasic(b -> b.disable())
			.logout(l -> l.disable())
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.permitAll()
				.requestMatchers("/api/v1/openapi", "/api/v1/openapi/**", "/api/hsds", "/api/hsds/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(req, res, 401, "Unauthorized",
						"Sign in with a bearer token: POST /api/v1/tokens."))
				.accessDeniedHandler((req, res, ex) -> ProblemResponses.write(req, res, 403, "Forbidden",
						"Your roles do not allow this.")))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, AuthenticationManager manager,
			SignIn signIn, AccountDirectory accounts, AuditLog audit, Clock clock,
			@Value("${relais.security.absolute-session-timeout}") Duration absoluteTimeout,
			ObjectProvider<RequestMappingHandlerMapping> mappings) throws Exception {
		http.securityContext(c -> c.securityContextRepository(contexts))
			.authenticationManager(manager)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/", "/t/**", "/login", "/login/**", "/invitations/**", "/password/**", "/error",
						"/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/.well-known/**",
						"/actuator/health", "/actuator/health/**", "/actuator/info", "/files/**", "/directory/confirm/**", "/r/**",
						"/p/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/feeds/*")
				.permitAll()
				// the personal answer links of the agenda's invitations (the token is the permission)
				.requestMatchers("/e/**")
				.permitAll()
				.requestMatchers("/admin/unmet-needs", "/admin/unmet-needs.csv", "/admin/kit", "/admin/kit/**")
				.hasAnyRole("TERRITORY_ADMIN", "COORDINATOR")
				.requestMatchers("/admin/**")
				.hasRole("TERRITORY_ADMIN")
				.requestMatchers("/platform/**")
				.hasRole("PLATFORM_ADMIN")
				.requestMatchers(new UnmappedRequestMatcher(mappings))
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(successHandler(signIn))
				.failureHandler(failureHandler()))
			.logout(l -> l.logoutUrl("/logout")
				.addLogoutHandler((req, res, auth) -> {
					if (auth != null && auth.getPrincipal() instanceof RelaisPrincipal p) {
						audit.record(AuditAction.LOGOUT,
								p.memberships().stream().map(TerritoryMembership::territoryId).toList(), p.email(),
								p.email(), null);
					}
				})
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("RELAIS_SESSION"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.requestCache(c -> c.requestCache(new HttpSessionRequestCache()))
			.addFilterBefore(new SessionGuardFilter(accounts, absoluteTimeout, clock), AuthorizationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	/** The origin of the map tiles (relais.directory.tile-url), the only other place images may come from. */
	@org.springframework.beans.factory.annotation.Value("${relais.directory.tile-url:}")
	private String tileUrl;

	static String tileOrigin(String tileUrl) {
		var m = java.util.regex.Pattern.compile("^(https?://[^/{}]+)").matcher(tileUrl == null ? "" : tileUrl);
		return m.find() ? " " + m.group(1) : "";
	}

	private void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
		h.contentSecurityPolicy(c -> c.policyDirectives(CSP.formatted(tileOrigin(tileUrl))))
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(self)"));
	}

	private static AuthenticationSuccessHandler successHandler(SignIn signIn) {
		SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		redirect.setDefaultTargetUrl("/home");
		return new AuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				RelaisPrincipal principal = (RelaisPrincipal) authentication.getPrincipal();
				if (principal.twoFactorEnabled()) {
					signIn.awaitSecondFactor(request, response, principal);
					response.sendRedirect(request.getContextPath() + "/login/2fa");
					return;
				}
				signIn.complete(request, response, principal);
				redirect.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String email = request.getParameter("email");
			request.setAttribute("relais.loginEmail", email);
			request.setAttribute("relais.loginError",
					ex instanceof LoginThrottledException ? "throttled" : "badCredentials");
			request.getRequestDispatcher("/login/failed").forward(request, response);
		};
	}

}
