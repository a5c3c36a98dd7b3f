/**
 * People: the beneficiaries (the persons helped) of a territory — the only module that stores a person's
 * identity — and the consents they gave to share their data with a partner. Other modules refer to a person by
 * id and read them through {@link org.relais.people.People}; every read of a record is written to the
 * personal-data access log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "platform", "shared", "territory" })
package org.relais.people;
