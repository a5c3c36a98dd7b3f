package org.relais.platform;

import java.util.UUID;

/**
 * Files a module serves itself, behind its own access rules (e.g. a referral's attachments, for the two sides of
 * the referral only): {@code /files/{id}} answers 404 for any file one of these beans protects.
 */
public interface ProtectedFiles {

	boolean protects(UUID fileId);

}
