package org.masswork.cadre.department;

import org.masswork.platform.language.Labelled;

public enum DepartmentLevel implements Labelled {
    COUNTY("县直"),
    TOWNSHIP("乡镇");

    private final String label;

    DepartmentLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
