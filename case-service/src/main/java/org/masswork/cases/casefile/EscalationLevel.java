package org.masswork.cases.casefile;

import org.masswork.platform.language.Labelled;

/** The ladder a hard case climbs, in order; the station owns the case at every level. */
public enum EscalationLevel implements Labelled {
    STATION("群众工作站"),
    TOWNSHIP_OFFICE("乡镇群工办"),
    STABILITY_CENTRE("乡镇综治维稳中心"),
    JOINT_MEDIATION("联调联动");

    private final String label;

    EscalationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
