package org.relais.mutualaid.news;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.platform.StoredFiles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Associations' news: written by their members (title, text, an optional public image, date of publication,
 * public or for the territory's members), read on the territory's public news page or by its members.
 */
@Service
@Transactional
public class NewsDesk {

	public static final int PAGE_SIZE = 10;

	/** What a news form says. */
	public record NewsDraft(String title, String body, LocalDate publishedOn, NewsVisibility visibility,
			MultipartFile image, boolean removeImage) {
	}

	private final AssociationNewsRepository news;

	private final StoredFiles files;

	private final MutualAid mutualAid;

	private final Clock clock;

	NewsDesk(AssociationNewsRepository news, StoredFiles files, MutualAid mutualAid, Clock clock) {
		this.news = news;
		this.files = files;
		this.mutualAid = mutualAid;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public java.util.List<AssociationNews> ofOrganisation(UUID territoryId, UUID organisationId) {
		return news.findByTerritoryIdAndOrganisationIdOrderByPublishedOnDescCreatedAtDesc(territoryId,
				organisationId);
	}

	/** An item of the territory written by one of the organisations, or empty. */
	@Transactional(readOnly = true)
	public Optional<AssociationNews> editable(UUID territoryId, Set<UUID> organisations, UUID id) {
		return news.findByIdAndTerritoryId(id, territoryId).filter(n -> organisations.contains(n.getOrganisationId()));
	}

	/** Published items of the territory (from today back) of these visibilities, newest first. */
	@Transactional(readOnly = true)
	public Page<AssociationNews> published(UUID territoryId, Set<NewsVisibility> visibilities, int page) {
		return news
			.findByTerritoryIdAndVisibilityInAndPublishedOnLessThanEqualOrderByPublishedOnDescCreatedAtDesc(
					territoryId, visibilities, mutualAid.today(territoryId), PageRequest.of(Math.max(0, page),
							PAGE_SIZE));
	}

	/** One published item of the territory of these visibilities, or empty. */
	@Transactional(readOnly = true)
	public Optional<AssociationNews> publishedItem(UUID territoryId, Set<NewsVisibility> visibilities, UUID id) {
		LocalDate today = mutualAid.today(territoryId);
		return news.findByIdAndTerritoryId(id, territoryId)
			.filter(n -> visibilities.contains(n.getVisibility()) && !n.getPublishedOn().isAfter(today));
	}

	/**
	 * Writes a new item ({@code existing} null) or changes one; the image, when given, must be an image (stored as
	 * a public file).
	 */
	public AssociationNews save(UUID territoryId, UUID organisationId, AssociationNews existing, NewsDraft draft,
			UUID by) {
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty() || title.length() > AssociationNews.MAX_TITLE) {
			throw new MutualAidException("title", "mutualaid.news.error.title", AssociationNews.MAX_TITLE);
		}
		String body = draft.body() == null ? "" : draft.body().strip();
		if (body.isEmpty() || body.length() > AssociationNews.MAX_BODY) {
			throw new MutualAidException("body", "mutualaid.news.error.body", AssociationNews.MAX_BODY);
		}
		if (draft.visibility() == null) {
			throw new MutualAidException("visibility", "mutualaid.news.error.visibility");
		}
		LocalDate publishedOn = draft.publishedOn() == null ? mutualAid.today(territoryId) : draft.publishedOn();
		UUID imageId = null;
		if (draft.image() != null && !draft.image().isEmpty()) {
			imageId = store(territoryId, draft.image());
		}
		AssociationNews item = existing != null ? existing
				: new AssociationNews(territoryId, organisationId, by, clock.instant());
		item.change(title, body, publishedOn, draft.visibility(), clock.instant());
		if (imageId != null || draft.removeImage()) {
			UUID old = item.getImageFileId();
			item.image(imageId);
			if (old != null) {
				files.delete(old);
			}
		}
		return news.save(item);
	}

	private UUID store(UUID territoryId, MultipartFile image) {
		try (InputStream in = image.getInputStream()) {
			return files
				.store(territoryId, image.getOriginalFilename(), in, image.getSize(), Set.of(StoredFiles.Kind.IMAGE),
						true)
				.id();
		}
		catch (StoredFiles.FileRejectedException e) {
			throw new MutualAidException("image", e.messageKey());
		}
		catch (IOException e) {
			throw new MutualAidException("image", "mutualaid.news.error.image");
		}
	}

	public void delete(AssociationNews item) {
		UUID image = item.getImageFileId();
		news.delete(item);
		if (image != null) {
			files.delete(image);
		}
	}

}
