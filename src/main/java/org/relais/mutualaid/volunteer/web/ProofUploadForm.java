package org.relais.mutualaid.volunteer.web;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** A proof document to upload: its type, its expiry date (the type says whether it is required), the file. */
class ProofUploadForm {

	private String proofCode;

	private String expiresOn;

	private MultipartFile file;

	LocalDate expiry(BindingResult result) {
		if (proofCode == null || proofCode.isBlank()) {
			result.rejectValue("proofCode", "mutualaid.proofs.error.type");
		}
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "mutualaid.proofs.error.file");
		}
		if (expiresOn == null || expiresOn.isBlank()) {
			return null;
		}
		return AbsenceForm.date(result, "expiresOn", expiresOn);
	}

	public String getProofCode() {
		return proofCode;
	}

	public void setProofCode(String proofCode) {
		this.proofCode = proofCode;
	}

	public String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
