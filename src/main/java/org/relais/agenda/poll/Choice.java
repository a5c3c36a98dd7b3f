package org.relais.agenda.poll;

/** An invitee's answer to one proposed slot. Stored by name; labels come from {@code agenda.poll.choice.*}. */
enum Choice {

	YES, IF_NEED_BE, NO

}
