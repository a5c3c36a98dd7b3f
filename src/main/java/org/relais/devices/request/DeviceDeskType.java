package org.relais.devices.request;

import java.util.Arrays;
import java.util.List;

import org.relais.desk.DeskContext;
import org.relais.desk.DeskField;
import org.relais.desk.DeskOutcome;
import org.relais.desk.DeskRequestRejected;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskSubmission;
import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRuleException;
import org.springframework.stereotype.Component;

/**
 * "Device request" at the desk: the category (suggested from the person's situation, the agent confirms) and an
 * optional note; the submission creates the device request (same reference as the desk's), which is routed at once
 * where the territory routes automatically.
 */
@Component
class DeviceDeskType implements DeskRequestType {

	static final String CATEGORY = "category";

	static final String NOTE = "note";

	private final DeviceRequests requests;

	DeviceDeskType(DeviceRequests requests) {
		this.requests = requests;
	}

	@Override
	public String code() {
		return "device";
	}

	@Override
	public String labelKey() {
		return "devices.request.desk.label";
	}

	@Override
	public String hintKey() {
		return "devices.request.desk.hint";
	}

	@Override
	public int order() {
		return 10;
	}

	/** An inhabitant may ask for a device on the territory's public request form; the desk triages it. */
	@Override
	public boolean offeredOnPublicForm() {
		return true;
	}

	@Override
	public List<DeskField> fields(DeskContext context) {
		List<DeskField.Option> options = Arrays.stream(DeviceCategory.values())
			.map(c -> new DeskField.Option(c.name(), "devices.category." + c.name()))
			.toList();
		return List.of(
				new DeskField(CATEGORY, "devices.request.desk.category", DeskField.Kind.CHOICE, options,
						DeviceCategory.suggest(context.situations()).name(), true, "devices.request.desk.categoryHint"),
				new DeskField(NOTE, "devices.request.desk.note", DeskField.Kind.TEXTAREA, List.of(), null, false,
						"devices.request.desk.noteHint"));
	}

	@Override
	public DeskOutcome submit(DeskSubmission submission) {
		DeviceCategory category = parse(submission.details().get(CATEGORY));
		try {
			DeviceRequest request = requests.create(submission.territoryId(), submission.deskRequestId(),
					submission.reference(), submission.personId(), category, submission.details().get(NOTE),
					submission.agentId());
			return DeskOutcome.stay("/devices/requests/" + request.getId(),
					RequestSteps.deskStatus(request.getStatus()));
		}
		catch (DeviceRuleException e) {
			throw new DeskRequestRejected(e.field() == null ? NOTE : e.field(), e.messageKey(), e.args());
		}
	}

	private static DeviceCategory parse(String value) {
		if (value == null || value.isBlank()) {
			throw new DeskRequestRejected(CATEGORY, "devices.request.error.category");
		}
		try {
			return DeviceCategory.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new DeskRequestRejected(CATEGORY, "devices.request.error.category");
		}
	}

}
