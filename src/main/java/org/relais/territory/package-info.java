/**
 * Territories (the tenants of Relais: commune, intercommunality, département, canton, region, country or
 * nationwide programme), their reference areas, users, memberships and roles, invitations, password resets,
 * API tokens and second factors. Publishes {@link org.relais.territory.InvitationIssued}, {@link org.relais.territory.InvitationAccepted},
 * {@link org.relais.territory.PasswordResetRequested}, {@link org.relais.territory.MembershipChanged} and
 * {@link org.relais.territory.SecurityNotice}. Other modules invite people and find the territory's admins through
 * {@link org.relais.territory.TerritoryAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territories and accounts",
		allowedDependencies = { "platform", "shared" })
package org.relais.territory;
