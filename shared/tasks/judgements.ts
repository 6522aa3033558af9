/**
 * Grading, moderating and accepting a limiting-rule warning, as tasks for
 * the command and the app: the shared judgement commands are already the
 * single implementation (which areas the framework and kind grade, who may
 * regrade or moderate, which warnings may be accepted), so the tasks are them.
 */
export { acceptRule, moderate, setGrade, type SetGradeInput } from '../workbook/judgement-commands';
