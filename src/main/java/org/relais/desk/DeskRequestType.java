package org.relais.desk;

import java.util.List;
import java.util.UUID;

/**
 * The desk's extension point: a kind of request a module takes care of. Implementations are Spring beans of the
 * contributing module; the desk shows one large button per type (ordered by {@link #order()}), then the type's
 * few fields, and calls {@link #submit} in the transaction that writes the desk request.
 */
public interface DeskRequestType {

	/** A short stable code stored with each request, e.g. {@code device}, {@code orientation}, {@code action}. */
	String code();

	/** Message key of the button and of the type's name in the queue and the pathway. */
	String labelKey();

	/** Message key of a one-line explanation under the button, or null. */
	default String hintKey() {
		return null;
	}

	default int order() {
		return 100;
	}

	/** Whether the territory offers this kind of request (e.g. the device programme runs there). */
	default boolean availableIn(UUID territoryId) {
		return true;
	}

	/**
	 * Whether a caller may choose this kind of request on the territory's public web form (the request then waits
	 * for triage at the desk). Off unless the type says so.
	 */
	default boolean offeredOnPublicForm() {
		return false;
	}

	/** The details to ask once this type is chosen for a person. */
	List<DeskField> fields(DeskContext context);

	/**
	 * Takes a new request: creates the type's own record. Runs in the desk's transaction.
	 * @throws DeskRequestRejected when a detail is not acceptable; nothing is then written
	 */
	DeskOutcome submit(DeskSubmission submission);

}
