/** Content the site's own pages point to by name. A renamed file fails the link check. */

/** The weekly online consultation of the KAUSA-Landesstelle (`content/events/<lang>/online-beratung.md`). */
export const onlineConsultationSlug = 'online-beratung';
