package org.relais.referral.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The territory admin's referral settings form. */
public class ReferralSettingsForm {

	@NotNull(message = "{referral.settings.error.required}")
	@Min(value = 1, message = "{referral.settings.error.reminderDays}")
	@Max(value = 90, message = "{referral.settings.error.reminderDays}")
	private Integer reminderDays;

	@NotNull(message = "{referral.settings.error.required}")
	@Min(value = 2, message = "{referral.settings.error.expiryDays}")
	@Max(value = 365, message = "{referral.settings.error.expiryDays}")
	private Integer expiryDays;

	@NotNull(message = "{referral.settings.error.required}")
	@Min(value = 1, message = "{referral.settings.error.retentionMonths}")
	@Max(value = 60, message = "{referral.settings.error.retentionMonths}")
	private Integer retentionMonths;

	static ReferralSettingsForm of(ReferralSettings s) {
		ReferralSettingsForm f = new ReferralSettingsForm();
		f.reminderDays = s.getReminderDays();
		f.expiryDays = s.getExpiryDays();
		f.retentionMonths = s.getRetentionMonths();
		return f;
	}

	public Integer getReminderDays() {
		return reminderDays;
	}

	public void setReminderDays(Integer reminderDays) {
		this.reminderDays = reminderDays;
	}

	public Integer getExpiryDays() {
		return expiryDays;
	}

	public void setExpiryDays(Integer expiryDays) {
		this.expiryDays = expiryDays;
	}

	public Integer getRetentionMonths() {
		return retentionMonths;
	}

	public void setRetentionMonths(Integer retentionMonths) {
		this.retentionMonths = retentionMonths;
	}

}
