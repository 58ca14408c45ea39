package org.masswork.cadre.department;

public enum DepartmentLevel {
    COUNTY("县直"),
    TOWNSHIP("乡镇");

    private final String label;

    DepartmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
