package org.relais.desk.orientation;

import java.util.List;

import org.relais.desk.DeskContext;
import org.relais.desk.DeskField;
import org.relais.desk.DeskOutcome;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.DeskSubmission;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The desk's own request type: an orientation. It only links: the request is in progress and the agent goes on to
 * the orientation page, pre-filled for the person, to find the right service.
 */
@Component
class OrientationDeskType implements DeskRequestType {

	static final String CODE = "orientation";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String labelKey() {
		return "desk.type.orientation";
	}

	@Override
	public String hintKey() {
		return "desk.type.orientation.hint";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean offeredOnPublicForm() {
		return true;
	}

	@Override
	public List<DeskField> fields(DeskContext context) {
		return List.of();
	}

	@Override
	public DeskOutcome submit(DeskSubmission submission) {
		String page = UriComponentsBuilder.fromPath("/orientation")
			.queryParam("person", submission.personId())
			.build()
			.toUriString();
		return new DeskOutcome(page, page, DeskStatus.IN_PROGRESS);
	}

}
