package io.crm4j.core.complaint;

import org.apiguardian.api.API;

/** How a complaint reached the company. */
@API(status = API.Status.STABLE, since = "0.1")
public enum ComplaintChannel {
  /** At a counter, branch or shop. */
  IN_PERSON,
  /** By telephone or a hotline. */
  PHONE,
  /** By e-mail. */
  EMAIL,
  /** Through a web form or online chat. */
  WEB,
  /** Through a mobile application. */
  APP,
  /** On social media. */
  SOCIAL_MEDIA,
  /** By letter. */
  LETTER,
  /** Passed on by a regulator, association or third party. */
  THIRD_PARTY
}
