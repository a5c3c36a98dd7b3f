package org.relais.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.relais.directory.search.SearchQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The directory search form, bound from the query string so that every search has a bookmarkable URL. */
public class SearchForm {

	@Size(max = 200)
	private String q;

	private List<String> need = new ArrayList<>();

	private List<String> audience = new ArrayList<>();

	@Min(0)
	@Max(130)
	private Integer age;

	private boolean free;

	private List<String> reception = new ArrayList<>();

	private boolean openNow;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate openOn;

	private List<String> spoken = new ArrayList<>();

	private List<String> access = new ArrayList<>();

	private boolean notFull;

	/** A reference area code, a postal code, or "lat,lon". */
	@Size(max = 60)
	private String near;

	@Min(1)
	@Max(200)
	private Integer radius;

	private SearchQuery.Sort sort = SearchQuery.Sort.RELEVANCE;

	@Min(0)
	@Max(10000)
	private int page;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public List<String> getNeed() {
		return need;
	}

	public void setNeed(List<String> need) {
		this.need = need;
	}

	public List<String> getAudience() {
		return audience;
	}

	public void setAudience(List<String> audience) {
		this.audience = audience;
	}

	public Integer getAge() {
		return age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

	public boolean isFree() {
		return free;
	}

	public void setFree(boolean free) {
		this.free = free;
	}

	public List<String> getReception() {
		return reception;
	}

	public void setReception(List<String> reception) {
		this.reception = reception;
	}

	public boolean isOpenNow() {
		return openNow;
	}

	public void setOpenNow(boolean openNow) {
		this.openNow = openNow;
	}

	public LocalDate getOpenOn() {
		return openOn;
	}

	public void setOpenOn(LocalDate openOn) {
		this.openOn = openOn;
	}

	public List<String> getSpoken() {
		return spoken;
	}

	public void setSpoken(List<String> spoken) {
		this.spoken = spoken;
	}

	public List<String> getAccess() {
		return access;
	}

	public void setAccess(List<String> access) {
		this.access = access;
	}

	public boolean isNotFull() {
		return notFull;
	}

	public void setNotFull(boolean notFull) {
		this.notFull = notFull;
	}

	public String getNear() {
		return near;
	}

	public void setNear(String near) {
		this.near = near;
	}

	public Integer getRadius() {
		return radius;
	}

	public void setRadius(Integer radius) {
		this.radius = radius;
	}

	public SearchQuery.Sort getSort() {
		return sort;
	}

	public void setSort(SearchQuery.Sort sort) {
		this.sort = sort == null ? SearchQuery.Sort.RELEVANCE : sort;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
