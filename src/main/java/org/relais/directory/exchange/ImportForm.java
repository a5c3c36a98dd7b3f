package org.relais.directory.exchange;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of the imports page. */
public class ImportForm {

	private String format = ImportFormat.HSDS.code();

	private MultipartFile file;

	public String getFormat() {
		return format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
