/**
 * Checks of a published document beyond the rules (公开完整性核查): tables present and not left blank, figures down
 * to 项 and 款, the narrative's sections and what they must say, and the glossary's level of government and 科目.
 */
@NullMarked
package org.juesuan.audit.check;

import org.jspecify.annotations.NullMarked;
