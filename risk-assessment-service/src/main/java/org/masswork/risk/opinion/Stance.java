package org.masswork.risk.opinion;

import org.masswork.platform.language.Labelled;

/**
 * An opinion on the matter. NOT_UNDERSTOOD is someone who does not understand what the matter is or why (不理解):
 * neither support nor opposition, but a policy most people do not understand or support is postponed (缓出台).
 */
public enum Stance implements Labelled {
    SUPPORT("支持"),
    OPPOSE("反对"),
    SUPPORT_WITH_CONDITIONS("有条件支持"),
    NOT_UNDERSTOOD("不理解");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
