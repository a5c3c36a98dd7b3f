/**
 * Cross-cutting platform: security (login, tokens, rate limits, headers, sessions), languages, error
 * pages, layout, audit log, personal-data access log, uploads. Its base package is its API; the account
 * data itself lives in the territory module, which implements {@link org.relais.platform.AccountDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.relais.platform;
