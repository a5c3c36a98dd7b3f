package org.relais.mutualaid.news.web;

import java.time.LocalDate;

import org.relais.mutualaid.news.AssociationNews;
import org.relais.mutualaid.news.NewsDesk;
import org.relais.mutualaid.news.NewsVisibility;
import org.relais.mutualaid.MutualAidException;
import org.springframework.web.multipart.MultipartFile;

/** A news item as its form says it. */
public class NewsForm {

	private String title;

	private String body;

	private String publishedOn;

	private String visibility = NewsVisibility.PUBLIC.name();

	private MultipartFile image;

	private boolean removeImage;

	static NewsForm of(AssociationNews n) {
		NewsForm f = new NewsForm();
		f.title = n.getTitle();
		f.body = n.getBody();
		f.publishedOn = n.getPublishedOn().toString();
		f.visibility = n.getVisibility().name();
		return f;
	}

	NewsDesk.NewsDraft draft() {
		NewsVisibility v = null;
		for (NewsVisibility x : NewsVisibility.values()) {
			if (x.name().equals(visibility)) {
				v = x;
			}
		}
		LocalDate date = null;
		if (publishedOn != null && !publishedOn.isBlank()) {
			try {
				date = LocalDate.parse(publishedOn.strip());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new MutualAidException("publishedOn", "mutualaid.news.error.date");
			}
		}
		return new NewsDesk.NewsDraft(title, body, date, v, image, removeImage);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(String publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getVisibility() {
		return visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

	public MultipartFile getImage() {
		return image;
	}

	public void setImage(MultipartFile image) {
		this.image = image;
	}

	public boolean isRemoveImage() {
		return removeImage;
	}

	public void setRemoveImage(boolean removeImage) {
		this.removeImage = removeImage;
	}

}
