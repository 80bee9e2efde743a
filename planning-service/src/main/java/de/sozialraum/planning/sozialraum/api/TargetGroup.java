package de.sozialraum.planning.sozialraum.api;

/** Groups a goal is meant to reach (Zielgruppen), with priority for those at risk of exclusion. */
public enum TargetGroup {
    MENSCHEN_MIT_BEHINDERUNG,
    MIGRANTINNEN,
    PFLEGEBEDUERFTIGE,
    ALLEINERZIEHENDE,
    KINDER_UND_JUGENDLICHE,
    AELTERE,
    ARMUTSGEFAEHRDETE_HAUSHALTE
}
