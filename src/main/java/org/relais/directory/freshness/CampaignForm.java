package org.relais.directory.freshness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A territory admin's campaign: the date partners are asked to confirm by, and an optional message. */
public class CampaignForm {

	/** ISO date (yyyy-MM-dd), as an input of type date sends it; parsed and checked by the controller. */
	@NotBlank(message = "{directory.freshness.campaign.deadline.required}")
	@Size(max = 10, message = "{directory.freshness.campaign.deadline.invalid}")
	private String deadline = "";

	@Size(max = 1000, message = "{directory.freshness.campaign.message.tooLong}")
	private String message = "";

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline == null ? null : deadline.strip();
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
