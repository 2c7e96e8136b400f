#!/usr/bin/env node
// Validates Adaptive Cards with the official parser (npm adaptivecards 3.0.6), the way a Teams client reads them.
//
// A long-lived filter: one card JSON per line on stdin, one result JSON per line on stdout, in the same order:
//   {"valid":true,"errors":[],"warnings":[]}
//   {"valid":false,"errors":[{"event":"DuplicateId","phase":"Validation","element":"Input.Text",
//                             "message":"Duplicate Id \"a\"."}],"warnings":[]}
// Tests keep one process open and write a card whenever they need a verdict; by hand:
//   node tools/validate-cards.js < cards.jsonl
//
// No DOM shim is needed: parse() and validateProperties() never touch the DOM (only render() does), so the
// library's browser bundle loads and runs in plain Node.
//
// What the parser reports, and what this script adds:
// - Parse and validation events of the library: unknown element and action types, invalid property values,
//   duplicate ids, missing labels on required inputs, properties newer than the target version, and so on.
// - The target is schema 1.5, the highest Teams renders: the library's own ceiling (1.6) is lowered to 1.5, so a
//   card that declares 1.6 fails with UnsupportedCardVersion and a 1.6 property with UnsupportedProperty.
// - Unknown properties: the library silently drops a property it does not know (a typo, or a name our C# model
//   serializes wrongly), and Teams drops it too, so the card quietly loses a feature. This script compares each
//   parsed object's JSON with the library's schema for that object and reports every key it does not consume.
// - Wrong JSON types: the library also drops a boolean or number property given as another JSON type (such as
//   "wrap": "yes"); this script reports it as InvalidPropertyValue.
// - Media: Teams does not render it, so it is reported as an UnknownElementType.
// - msteams: Teams' extension on the card root, which the library does not read, is checked here by hand.
//
// Which events fail a card: every event except Hint and Deprecated, which the library gives as advice about a
// card that still renders as written. RequiredInputsShouldHaveLabel and RequiredInputsShouldHaveErrorMessage do
// fail it: a required input without them cannot be used with a screen reader or explains no error in Teams.
// Action.Execute, refresh, Input.ChoiceSet style "filtered" and msteams width "Full" give no event at all.
"use strict";

const path = require("path");
const readline = require("readline");
const AC = require(path.join(__dirname, "node_modules", "adaptivecards", "dist", "adaptivecards.js"));

// Keeps every source object as the parser's raw properties, so that unknown keys can be found afterwards.
AC.GlobalSettings.enableFullJsonRoundTrip = true;
AC.SerializableObject.defaultMaxVersion = AC.Versions.v1_5;
// Teams does not play Media (audio and video) elements, so the parser is told not to know them either.
AC.GlobalRegistry.elements.unregister("Media");

const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

// Keys consumed by hand-written parse code rather than through the schema, per library class.
const COLLECTION_KEYS = [
  [AC.AdaptiveCard, ["actions"]],
  [AC.ActionSet, ["actions"]],
  [AC.ColumnSet, ["columns"]],
  [AC.RichTextBlock, ["inlines"]],
  [AC.ShowCardAction, ["card"]],
  [AC.CardObject, ["fallback"]],
];
const TEAMS_WIDTHS = new Set(["Full"]);

function describe(source) {
  if (source instanceof AC.CardObject) {
    return source.getJsonTypeName();
  }

  return source && source.constructor ? source.constructor.name : undefined;
}

function toResultEvent(event) {
  return {
    event: AC.ValidationEvent[event.event] || String(event.event),
    phase: AC.ValidationPhase[event.phase] || String(event.phase),
    element: describe(event.source),
    message: event.message,
  };
}

function schemaProperties(object) {
  const schema = object.getSchema();
  const properties = [];
  for (let i = 0; i < schema.getCount(); i++) {
    properties.push(schema.getItemAt(i));
  }

  return properties;
}

function knownKeys(object) {
  const keys = new Set(schemaProperties(object).map((property) => property.name));
  for (const name of ["getItemsCollectionPropertyName", "getCollectionPropertyName"]) {
    if (typeof object[name] === "function") {
      keys.add(object[name]());
    }
  }

  for (const [type, extra] of COLLECTION_KEYS) {
    if (object instanceof type) {
      extra.forEach((key) => keys.add(key));
    }
  }

  return keys;
}

function expectedJsonType(property) {
  if (property instanceof AC.BoolProperty) {
    return "boolean";
  }

  return property instanceof AC.NumProperty ? "number" : undefined;
}

// Walks every object the parser built (elements, actions, columns, facts, choices, refresh ...), once each.
function findStrictProblems(card) {
  const events = [];
  const seen = new Set();
  const visit = (value) => {
    if (!value || typeof value !== "object" || seen.has(value)) {
      return;
    }

    seen.add(value);
    if (value instanceof AC.SerializableObject) {
      const known = knownKeys(value);
      const raw = value._rawProperties || {};
      for (const key of Object.keys(raw)) {
        if (!known.has(key) && !(value === card && key === "msteams")) {
          events.push({
            event: "UnknownProperty",
            phase: "Strict",
            element: describe(value),
            message: `Unknown property "${key}" on ${describe(value)}.`,
          });
        }
      }

      for (const property of schemaProperties(value)) {
        const expected = expectedJsonType(property);
        const given = raw[property.name];
        if (expected && given !== undefined && given !== null && typeof given !== expected) {
          events.push({
            event: "InvalidPropertyValue",
            phase: "Strict",
            element: describe(value),
            message: `Invalid value ${JSON.stringify(given)} for property "${property.name}": expected a ${expected}.`,
          });
        }
      }
    }

    for (const [key, child] of Object.entries(value)) {
      // The parent link leads back up the tree; raw properties are the JSON itself, not parsed objects.
      if (key !== "_parent" && key !== "_rawProperties") {
        visit(child);
      }
    }
  };
  visit(card);
  return events;
}

function checkTeamsExtension(json) {
  const events = [];
  const fail = (message) =>
    events.push({ event: "InvalidTeamsProperty", phase: "Strict", element: "AdaptiveCard", message });
  const teams = json.msteams;
  if (teams === undefined) {
    return events;
  }

  if (!teams || typeof teams !== "object" || Array.isArray(teams)) {
    fail("msteams must be an object.");
    return events;
  }

  for (const key of Object.keys(teams)) {
    if (key !== "width" && key !== "entities") {
      fail(`Unknown property "${key}" in msteams.`);
    }
  }

  if (teams.width !== undefined && !TEAMS_WIDTHS.has(teams.width)) {
    fail(`Invalid value "${teams.width}" for msteams.width; Teams knows "Full".`);
  }

  if (teams.entities !== undefined) {
    if (!Array.isArray(teams.entities)) {
      fail("msteams.entities must be an array.");
    } else {
      for (const entity of teams.entities) {
        const mentioned = entity && entity.mentioned;
        if (!entity || entity.type !== "mention" || typeof entity.text !== "string" ||
          !mentioned || typeof mentioned.id !== "string" || typeof mentioned.name !== "string") {
          fail("Each msteams entity must be a mention with text, mentioned.id and mentioned.name.");
        }
      }
    }
  }

  return events;
}

function validate(line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return [{ event: "InvalidJson", phase: "Parse", message: error.message }];
  }

  if (!json || typeof json !== "object" || Array.isArray(json)) {
    return [{ event: "MissingCardType", phase: "Parse", message: "A card must be a JSON object." }];
  }

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(toResultEvent(context.getEventAt(i)));
  }

  for (const event of card.validateProperties().validationEvents) {
    events.push(toResultEvent(event));
  }

  return events.concat(findStrictProblems(card), checkTeamsExtension(json));
}

function answer(line) {
  let events;
  try {
    events = validate(line);
  } catch (error) {
    events = [{ event: "ParserException", phase: "Parse", message: String(error && error.stack || error) }];
  }

  const warningNames = new Set([...WARNING_EVENTS].map((e) => AC.ValidationEvent[e]));
  const errors = events.filter((e) => !warningNames.has(e.event));
  const warnings = events.filter((e) => warningNames.has(e.event));
  return JSON.stringify({ valid: errors.length === 0, errors, warnings });
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (line.trim().length > 0) {
    process.stdout.write(answer(line) + "\n");
  }
});
