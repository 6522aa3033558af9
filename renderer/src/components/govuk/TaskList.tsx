export type Task = {
  readonly name: string;
  readonly href?: string;
  readonly hint?: string;
  /** The status text; `done` shows plain, otherwise a coloured tag. */
  readonly status: string;
  readonly tone: 'done' | 'todo' | 'attention';
};

/** GOV.UK task list (https://design-system.service.gov.uk/components/task-list/). */
export function TaskList({ tasks }: { readonly tasks: readonly Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task, index) => {
        const id = `task-${index}`;
        return (
          <li
            className={`govuk-task-list__item${task.href === undefined ? '' : ' govuk-task-list__item--with-link'}`}
            key={task.name}
          >
            <div className="govuk-task-list__name-and-hint">
              {task.href === undefined ? (
                <span>{task.name}</span>
              ) : (
                <a
                  className="govuk-link govuk-task-list__link"
                  href={task.href}
                  aria-describedby={`${id}-status`}
                >
                  {task.name}
                </a>
              )}
              {task.hint === undefined ? null : (
                <div className="govuk-task-list__hint">{task.hint}</div>
              )}
            </div>
            <div className="govuk-task-list__status" id={`${id}-status`}>
              {task.tone === 'done' ? (
                task.status
              ) : (
                <strong
                  className={`govuk-tag ${task.tone === 'attention' ? 'govuk-tag--red' : 'govuk-tag--blue'}`}
                >
                  {task.status}
                </strong>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
