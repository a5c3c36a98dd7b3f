package org.relais.devices.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.relais.devices.stock.ErasureDraft;
import org.relais.devices.stock.ErasureMethod;
import org.relais.devices.stock.ErasureRecord;
import org.springframework.format.annotation.DateTimeFormat;

/** The data erasure of a device as the operator enters it. */
public class ErasureForm {

	@NotNull(message = "{platform.validation.required}")
	private ErasureMethod method = ErasureMethod.OVERWRITE;

	@Min(value = 1, message = "{devices.erasure.validation.passes}")
	@Max(value = 35, message = "{devices.erasure.validation.passes}")
	private Integer passes;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String tool = "";

	@NotNull(message = "{platform.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate erasedOn;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 120, message = "{platform.validation.tooLong}")
	private String operatorName = "";

	private boolean verified;

	@Size(max = 120, message = "{platform.validation.tooLong}")
	private String verifiedBy = "";

	@Size(max = 2000, message = "{platform.validation.tooLong}")
	private String notes = "";

	static ErasureForm of(ErasureRecord r) {
		ErasureForm f = new ErasureForm();
		f.method = r.getMethod();
		f.passes = r.getPasses();
		f.tool = r.getTool();
		f.erasedOn = r.getErasedOn();
		f.operatorName = r.getOperatorName();
		f.verified = r.isVerified();
		f.verifiedBy = r.getVerifiedBy() == null ? "" : r.getVerifiedBy();
		f.notes = r.getNotes() == null ? "" : r.getNotes();
		return f;
	}

	ErasureDraft toDraft() {
		return new ErasureDraft(method, passes, tool.strip(), erasedOn, operatorName.strip(), verified,
				DeviceSpecsForm.blankToNull(verifiedBy), DeviceSpecsForm.blankToNull(notes));
	}

	public ErasureMethod getMethod() {
		return method;
	}

	public void setMethod(ErasureMethod method) {
		this.method = method;
	}

	public Integer getPasses() {
		return passes;
	}

	public void setPasses(Integer passes) {
		this.passes = passes;
	}

	public String getTool() {
		return tool;
	}

	public void setTool(String tool) {
		this.tool = tool == null ? "" : tool;
	}

	public LocalDate getErasedOn() {
		return erasedOn;
	}

	public void setErasedOn(LocalDate erasedOn) {
		this.erasedOn = erasedOn;
	}

	public String getOperatorName() {
		return operatorName;
	}

	public void setOperatorName(String operatorName) {
		this.operatorName = operatorName == null ? "" : operatorName;
	}

	public boolean isVerified() {
		return verified;
	}

	public void setVerified(boolean verified) {
		this.verified = verified;
	}

	public String getVerifiedBy() {
		return verifiedBy;
	}

	public void setVerifiedBy(String verifiedBy) {
		this.verifiedBy = verifiedBy == null ? "" : verifiedBy;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes == null ? "" : notes;
	}

}
