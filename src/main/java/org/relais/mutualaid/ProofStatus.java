package org.relais.mutualaid;

/**
 * A proof document's verification by the coordinator. Labels: {@code mutualaid.proof.status.<NAME>}. Expiry is a
 * date on the document, not a status: a VERIFIED document past its expiry date is expired.
 */
public enum ProofStatus {

	PENDING, VERIFIED, REJECTED

}
