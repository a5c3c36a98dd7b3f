/**
 * Partner onboarding (Aidants Connect's habilitation, Wir lernen weiter's partnership contract): an organisation
 * applies on the territory's public page, the territory admin reviews it, a partnership contract is generated from
 * the territory's template in the organisation's language, its legal representative accepts it electronically (or
 * uploads a signed scan), then the organisation and its accounts are created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner onboarding",
		allowedDependencies = { "directory", "platform", "shared", "territory" })
package org.relais.partnership;
