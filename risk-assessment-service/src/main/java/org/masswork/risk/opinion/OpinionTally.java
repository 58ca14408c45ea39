package org.masswork.risk.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many voiced a stance on a topic in a meeting. */
@Embeddable
public class OpinionTally {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    @Column(nullable = false)
    public int count;
}
