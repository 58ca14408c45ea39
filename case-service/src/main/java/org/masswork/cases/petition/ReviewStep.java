package org.masswork.cases.petition;

import org.masswork.platform.language.Labelled;

/** The review (复查) and re-review (复核) of a petition's written reply, in order. */
public enum ReviewStep implements Labelled {
    REVIEW_REQUESTED("申请复查"),
    REVIEW_ANSWERED("复查答复"),
    RE_REVIEW_REQUESTED("申请复核"),
    RE_REVIEW_ANSWERED("复核答复");

    private final String label;

    ReviewStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
