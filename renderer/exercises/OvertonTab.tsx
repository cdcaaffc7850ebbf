import { Plus } from 'lucide-react';
import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { DialogueView, OvertonOptionView } from '../../shared/contract';
import { describeMovement, overtonChartData } from '../../shared/charts/overton-data';
import { OvertonChart, overtonChartHeight } from '../../shared/charts/OvertonChart';
import { OVERTON_LEVEL_LABELS, OVERTON_LEVELS, type OvertonLevel } from '../../shared/domain/trust';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { RecordTable, TableBox } from '../ui/TableBox';
import { BoardPending, BoardSection, ChartCard, SessionSelect } from './BoardParts';
import { useBoard, useElementWidth } from './hooks';
import { MSG } from './messages';

const ALL = '';

/**
 * The Overton window of a dialogue's topics: each option's place per side at each session, from
 * unthinkable to policy, drawn as small multiples (one row per option) with a table alternative;
 * options added at any session, and placed for the session chosen. Every placement is kept.
 */
export function OvertonTab({ dialogue }: { dialogue: DialogueView }) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const load = useCallback(() => api.overton.board({ dialogueId: dialogue.id }), [api, dialogue.id]);
  const { board, setBoard, loadError } = useBoard(load);
  const [topicId, setTopicId] = useState<string>(ALL);
  const [picked, setSessionId] = useState('');
  const sessionId = picked || (board?.sessions.at(-1)?.id ?? '');
  const [newTopic, setNewTopic] = useState('');
  const [newOption, setNewOption] = useState('');
  const [raisedAt, setRaisedAt] = useState('');
  const [optionTopic, setOptionTopic] = useState('');
  const [notice, setNotice] = useState<ReactNode>('');
  const [chartRef, width] = useElementWidth<HTMLDivElement>(760);
  const errors = fieldErrorsOf(error);

  const data = useMemo(
    () => (board ? overtonChartData(board, topicId === ALL ? {} : { topicIds: [topicId] }) : null),
    [board, topicId],
  );

  if (!board || !data) return <BoardPending loadError={loadError} loading={MSG.loading.overton} />;

  const replaceOption = (option: OvertonOptionView) =>
    setBoard((current) =>
      current
        ? {
            ...current,
            topics: current.topics.map((topic) =>
              topic.id !== option.topicId
                ? topic
                : {
                    ...topic,
                    options: topic.options.some((o) => o.id === option.id)
                      ? topic.options.map((o) => (o.id === option.id ? option : o))
                      : [...topic.options, option],
                  },
            ),
          }
        : current,
    );

  const addTopic = async (event: FormEvent) => {
    event.preventDefault();
    const topic = await run(() => api.overton.addTopic({ dialogueId: dialogue.id, title: newTopic }));
    if (!topic) return;
    setNewTopic('');
    setBoard((current) =>
      current && !current.topics.some((t) => t.id === topic.id)
        ? { ...current, topics: [...current.topics, topic].sort((a, b) => a.title.localeCompare(b.title)) }
        : current,
    );
    setTopicId(topic.id);
  };

  const addOption = async (event: FormEvent) => {
    event.preventDefault();
    const target = topicId === ALL ? optionTopic || board.topics[0]?.id : topicId;
    if (!target) return;
    const option = await run(() =>
      api.overton.addOption({
        dialogueId: dialogue.id,
        topicId: target,
        title: newOption,
        sessionId: raisedAt === '' ? null : raisedAt,
      }),
    );
    if (!option) return;
    setNewOption('');
    replaceOption(option);
  };

  const place = async (option: OvertonOptionView, partyId: string, level: OvertonLevel | null) => {
    const placed = await run(() => api.overton.place({ optionId: option.id, sessionId, partyId, level }));
    if (!placed) return;
    replaceOption(placed);
    const side = board.sides.find((s) => s.id === partyId)?.name ?? '';
    // The option and side isolated: either may be Arabic or Hebrew inside an English sentence.
    setNotice(
      <>
        <bdi>{option.title}</bdi>: <bdi>{side}</bdi> {level ? OVERTON_LEVEL_LABELS[level] : MSG.overton.notPlaced}.
      </>,
    );
  };

  const topics = topicId === ALL ? board.topics : board.topics.filter((t) => t.id === topicId);
  const chartWidth = Math.max(480, Math.min(width, 1100));
  const topicTitle =
    topicId === ALL ? MSG.overton.allTopics : (board.topics.find((t) => t.id === topicId)?.title ?? '');

  return (
    <div className="overton-tab">
      <div className="overton-tab__bar">
        <SelectField
          label={MSG.overton.topic}
          options={[
            { value: ALL, label: MSG.overton.allTopics },
            ...board.topics.map((topic) => ({ value: topic.id, label: topic.title })),
          ]}
          value={topicId}
          onValueChange={setTopicId}
        />
        <form className="overton-tab__inline" onSubmit={(event) => void addTopic(event)}>
          <TextField
            label={MSG.overton.topicTitle}
            value={newTopic}
            onChange={(event) => setNewTopic(event.target.value)}
            error={errors.title && newTopic !== '' ? errors.title : undefined}
          />
          <Button type="submit" size="small" icon={<Plus size={14} aria-hidden="true" />} busy={busy}>
            {MSG.overton.addTopic}
          </Button>
        </form>
      </div>
      {error && !(errors.title && newTopic !== '') && (
        <ErrorBanner title={error.message} onDismiss={() => setError(null)} />
      )}
      <p className="muted" role="status">
        {notice}
      </p>

      {board.topics.length === 0 ? (
        <p className="empty">{MSG.overton.noTopics}</p>
      ) : (
        <>
          <ChartCard
            title={MSG.overton.heading}
            showTable={MSG.overton.showTable}
            showChart={MSG.overton.showChart}
            chartRef={chartRef}
            table={
              <RecordTable
                label={MSG.overton.tableCaption}
                caption={MSG.overton.tableCaption}
                columns={[
                  MSG.overton.option,
                  MSG.overton.side,
                  ...data.sessions.map((session) => MSG.common.session(session.number)),
                  MSG.overton.movement,
                ]}
              >
                {data.rows.flatMap((row) =>
                  row.series.map((series) => (
                    <tr key={`${row.optionId}:${series.sideId}`}>
                      <th scope="row" dir="auto">
                        {row.optionTitle}
                      </th>
                      <td dir="auto">{series.sideName}</td>
                      {series.points.map((point) => (
                        <td key={point.sessionId}>
                          {point.level ? OVERTON_LEVEL_LABELS[point.level] : <span className="muted">—</span>}
                        </td>
                      ))}
                      <td>{describeMovement(series)}</td>
                    </tr>
                  )),
                )}
              </RecordTable>
            }
          >
            <OvertonChart
              data={data}
              width={chartWidth}
              height={overtonChartHeight(data.rows.length)}
              title={MSG.overton.chartTitle(topicTitle)}
            />
          </ChartCard>

          <BoardSection
            className="overton-place"
            title={MSG.overton.place}
            aside={
              board.sessions.length > 0 && (
                <SessionSelect
                  label={MSG.overton.placeAt}
                  sessions={board.sessions}
                  value={sessionId}
                  onValueChange={setSessionId}
                />
              )
            }
          >
            {board.sessions.length === 0 ? (
              <p className="muted">{MSG.overton.noSessions}</p>
            ) : board.sides.length === 0 ? (
              <p className="muted">{MSG.overton.noSides}</p>
            ) : (
              topics.map((topic) => (
                <div key={topic.id} className="overton-place__topic">
                  <h3 className="overton-place__title" dir="auto">
                    {topic.title}
                  </h3>
                  {topic.options.length === 0 ? (
                    <p className="muted">{MSG.overton.noOptions}</p>
                  ) : (
                    <TableBox label={MSG.overton.place}>
                      <table className="table overton-place__table">
                        <thead>
                          <tr>
                            <th scope="col">{MSG.overton.option}</th>
                            {board.sides.map((side) => (
                              <th key={side.id} scope="col" dir="auto">
                                {side.name}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {topic.options.map((option) => (
                            <tr key={option.id}>
                              <th scope="row" dir="auto" className="overton-place__option">
                                {option.title}
                              </th>
                              {board.sides.map((side) => {
                                const current =
                                  option.placements.find((p) => p.sessionId === sessionId && p.partyId === side.id)
                                    ?.level ?? '';
                                return (
                                  <td key={side.id}>
                                    <select
                                      className="control control--select"
                                      aria-label={`${option.title}, ${side.name}`}
                                      value={current}
                                      onChange={(event) =>
                                        void place(
                                          option,
                                          side.id,
                                          event.target.value === '' ? null : (event.target.value as OvertonLevel),
                                        )
                                      }
                                    >
                                      <option value="">{MSG.overton.notPlaced}</option>
                                      {OVERTON_LEVELS.map((level) => (
                                        <option key={level} value={level}>
                                          {OVERTON_LEVEL_LABELS[level]}
                                        </option>
                                      ))}
                                    </select>
                                  </td>
                                );
                              })}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableBox>
                  )}
                </div>
              ))
            )}
            <form className="overton-tab__inline overton-tab__option" onSubmit={(event) => void addOption(event)}>
              <TextField
                label={`${MSG.overton.addOption}${topicId === ALL ? '' : ` · ${topicTitle}`}`}
                placeholder={MSG.overton.optionPlaceholder}
                value={newOption}
                onChange={(event) => setNewOption(event.target.value)}
                error={errors.title && newOption !== '' ? errors.title : undefined}
              />
              {topicId === ALL && (
                <SelectField
                  label={MSG.overton.topic}
                  options={board.topics.map((topic) => ({ value: topic.id, label: topic.title }))}
                  value={optionTopic || (board.topics[0]?.id ?? '')}
                  onValueChange={setOptionTopic}
                />
              )}
              <SelectField
                label={MSG.overton.raisedAt}
                options={[
                  { value: '', label: MSG.overton.notSaid },
                  ...board.sessions.map((s) => ({ value: s.id, label: MSG.common.session(s.number) })),
                ]}
                value={raisedAt}
                onValueChange={setRaisedAt}
              />
              <Button type="submit" size="small" icon={<Plus size={14} aria-hidden="true" />} busy={busy}>
                {MSG.overton.addOption}
              </Button>
            </form>
          </BoardSection>
        </>
      )}
    </div>
  );
}
