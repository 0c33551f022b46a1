// The big map of the benchmarks and big-map tests: N actions in 10 stages, each
// with 2 touchpoints and 2 thoughts (5N cards), as map file text.
export function bigMap(actions) {
  const stages = [], lanes = [], cards = [];
  let id = 1;
  for (let s = 0; s < 10; s++) stages.push({ id: id++, name: `Stage ${s + 1}` });
  for (const [name, kind] of [['Actions', 'actions'], ['Touchpoints', 'touchpoints'], ['Thoughts', 'thoughts']])
    lanes.push({ id: id++, name, kind });
  for (let a = 0; a < actions; a++) {
    const stage = stages[a % 10].id;
    cards.push({ id: id++, lane: lanes[0].id, stage, text: `Action ${a}: the customer does something useful here` });
    for (let k = 0; k < 2; k++) cards.push({ id: id++, lane: lanes[1].id, stage, text: `Touchpoint ${a}.${k}` });
    for (let k = 0; k < 2; k++) cards.push({ id: id++, lane: lanes[2].id, stage, text: `Thought ${a}.${k} about it` });
  }
  return JSON.stringify({ format: 'jejak.journey-map', version: 1, title: `Big map, ${actions} actions`, nextId: id,
    personas: [], stages, lanes, cards, emotions: [] });
}

