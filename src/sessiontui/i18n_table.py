"""LEGACY: the old key-based translation table, being replaced by gettext catalogs.

New code uses `sessiontui.i18n` (`_`, `ngettext`, `N_`, `translator`). This
module goes away once every `t("key")` call is converted; do not add keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Language(StrEnum):
    """The two languages of the legacy table."""

    EN = "en"
    ES = "es"


_current: Language = Language.EN

# key -> {language: text}. Texts are str.format templates with named fields.
# Keep keys grouped by the part of the product that shows them.
TABLE: Mapping[str, Mapping[Language, str]] = {
    # --- cli ---
    "cli.description": {
        Language.EN: "Run a mentoring session well: a timed script, listening prompts, "
        "feedback, action items and an email-ready summary.",
        Language.ES: "Conduce bien una sesión de mentoring: guion con tiempos, preguntas de "
        "escucha activa, retroalimentación, plan de acción y un resumen listo para enviar.",
    },
    "cli.epilog": {
        Language.EN: "Without a command, starts the session app. Data folder: --data-dir, "
        "else $SESSIONTUI_DATA_DIR, else the platform's user data folder.",
        Language.ES: "Sin comando, abre la aplicación de sesión. Carpeta de datos: --data-dir, "
        "si no $SESSIONTUI_DATA_DIR, si no la carpeta de datos del usuario.",
    },
    "cli.help.mentee": {
        Language.EN: "the mentee's name (asked at start when not given)",
        Language.ES: "el nombre de la persona mentorizada (se pregunta al empezar si falta)",
    },
    "cli.help.script": {
        Language.EN: "session script: a built-in or user script id, or a .toml file",
        Language.ES: "guion de la sesión: id de un guion incluido o propio, o un fichero .toml",
    },
    "cli.help.data_dir": {
        Language.EN: "where sessions, drafts and summaries are kept",
        Language.ES: "dónde se guardan las sesiones, borradores y resúmenes",
    },
    "cli.help.lang": {
        Language.EN: "interface language (default: $SESSIONTUI_LANG or en)",
        Language.ES: "idioma de la interfaz (por defecto: $SESSIONTUI_LANG o en)",
    },
    "cli.help.no_bell": {
        Language.EN: "never ring the terminal bell for time warnings",
        Language.ES: "no hacer sonar la campana del terminal en los avisos de tiempo",
    },
    "cli.help.scripts": {
        Language.EN: "list, show and check session scripts",
        Language.ES: "listar, mostrar y comprobar guiones de sesión",
    },
    "cli.help.scripts_list": {
        Language.EN: "list the built-in and your own scripts",
        Language.ES: "listar los guiones incluidos y los propios",
    },
    "cli.help.scripts_show": {
        Language.EN: "show a script's agenda",
        Language.ES: "mostrar la agenda de un guion",
    },
    "cli.help.scripts_check": {
        Language.EN: "validate script files (exit 0 when all are good)",
        Language.ES: "validar ficheros de guion (sale con 0 si todos son correctos)",
    },
    "cli.help.doctor": {
        Language.EN: "check the data folder: permissions, readable files, leftovers",
        Language.ES: "revisar la carpeta de datos: permisos, ficheros legibles, restos",
    },
    "cli.error.language": {
        Language.EN: "unknown language {value!r}; use en or es",
        Language.ES: "idioma desconocido {value!r}; usa en o es",
    },
    "cli.notice.draft_moved": {
        Language.EN: "The interrupted-session draft could not be read; it was kept aside at {path}",
        Language.ES: "No se pudo leer el borrador de la sesión interrumpida; se guardó aparte en {path}",
    },
    # --- errors shared by the CLI and the app ---
    "error.prefix": {Language.EN: "sessiontui: {message}", Language.ES: "sessiontui: {message}"},
    # --- tui screens: start, resume, summary ---
    "start.title": {Language.EN: "New mentoring session", Language.ES: "Nueva sesión de mentoría"},
    "start.mentee_label": {
        Language.EN: "Mentee's name (Enter starts the session)",
        Language.ES: "Nombre de la persona mentorizada (Intro empieza la sesión)",
    },
    "start.mentee_placeholder": {Language.EN: "e.g. Ana García", Language.ES: "p. ej. Ana García"},
    "start.empty_name": {
        Language.EN: "Enter the mentee's name, or press Enter again to continue without one.",
        Language.ES: "Escribe el nombre de la persona mentorizada, "
        "o pulsa Intro otra vez para seguir sin nombre.",
    },
    "start.script_label": {
        Language.EN: "Session script (↑/↓ to choose)",
        Language.ES: "Guion de la sesión (↑/↓ para elegir)",
    },
    "start.script_meta": {
        Language.EN: "{lang} · {minutes} min",
        Language.ES: "{lang} · {minutes} min",
    },
    "start.source.user": {Language.EN: "your script {name}", Language.ES: "tu guion {name}"},
    "start.source.command_line": {
        Language.EN: "given with --script",
        Language.ES: "indicado con --script",
    },
    "start.agenda_title": {
        Language.EN: "Agenda ({minutes} min)",
        Language.ES: "Agenda ({minutes} min)",
    },
    "start.agenda_line": {
        Language.EN: "{minutes:>3} min  {title}",
        Language.ES: "{minutes:>3} min  {title}",
    },
    "start.no_scripts": {
        Language.EN: "No session script is available.",
        Language.ES: "No hay ningún guion de sesión disponible.",
    },
    "start.warnings_title": {
        Language.EN: "Some of your scripts were left out:",
        Language.ES: "Algunos de tus guiones se han dejado fuera:",
    },
    "start.binding.start": {Language.EN: "Start", Language.ES: "Empezar"},
    "resume.title": {
        Language.EN: "An interrupted session was found",
        Language.ES: "Se ha encontrado una sesión interrumpida",
    },
    "resume.mentee": {Language.EN: "Mentee: {name}", Language.ES: "Persona mentorizada: {name}"},
    "resume.no_mentee": {Language.EN: "(no name)", Language.ES: "(sin nombre)"},
    "resume.script": {Language.EN: "Script: {title}", Language.ES: "Guion: {title}"},
    "resume.started": {Language.EN: "Started: {when}", Language.ES: "Empezó: {when}"},
    "resume.segment": {
        Language.EN: "Current segment: {segment}",
        Language.ES: "Segmento actual: {segment}",
    },
    "resume.segment_position": {
        Language.EN: "{title} ({number} of {total})",
        Language.ES: "{title} ({number} de {total})",
    },
    "resume.elapsed": {Language.EN: "Elapsed: {elapsed}", Language.ES: "Tiempo: {elapsed}"},
    "resume.counts_feedback": {
        Language.EN: "Feedback: {feedback} · Action items: {actions}",
        Language.ES: "Retroalimentación: {feedback} · Plan de acción: {actions}",
    },
    "resume.counts_notes": {
        Language.EN: "Notes: {notes} · Parking lot: {parked}",
        Language.ES: "Notas: {notes} · Ideas aparcadas: {parked}",
    },
    "resume.confirm_discard": {
        Language.EN: "Discard this session for good? Everything in it is lost. "
        "Press d again to discard, or r to resume.",
        Language.ES: "¿Descartar esta sesión para siempre? Se pierde todo lo anotado. "
        "Pulsa d otra vez para descartarla, o r para reanudarla.",
    },
    "resume.button.resume": {Language.EN: "Resume (r)", Language.ES: "Reanudar (r)"},
    "resume.button.finish": {Language.EN: "Finish now (f)", Language.ES: "Terminar ya (f)"},
    "resume.button.discard": {Language.EN: "Discard (d)", Language.ES: "Descartar (d)"},
    "resume.button.confirm_discard": {
        Language.EN: "Yes, discard (d)",
        Language.ES: "Sí, descartar (d)",
    },
    "resume.binding.resume": {Language.EN: "Resume", Language.ES: "Reanudar"},
    "resume.binding.finish": {Language.EN: "Finish now", Language.ES: "Terminar ya"},
    "resume.binding.discard": {Language.EN: "Discard", Language.ES: "Descartar"},
    "summary_screen.title": {
        Language.EN: "Session summary",
        Language.ES: "Resumen de la sesión",
    },
    "summary_screen.private_note": {
        Language.EN: "Private entries are left out. Edit the text if you like, then send it.",
        Language.ES: "Las entradas privadas no se incluyen. Edita el texto si quieres y envíalo.",
    },
    "summary_screen.button.send": {Language.EN: "Send (ctrl+s)", Language.ES: "Enviar (ctrl+s)"},
    "summary_screen.button.quit": {Language.EN: "Quit (q)", Language.ES: "Salir (q)"},
    "summary_screen.binding.send": {Language.EN: "Send", Language.ES: "Enviar"},
    "summary_screen.binding.quit": {Language.EN: "Quit", Language.ES: "Salir"},
    "summary_screen.command.send": {Language.EN: "Send summary", Language.ES: "Enviar resumen"},
    "summary_screen.command.send_help": {
        Language.EN: "Copy the summary, save it to a file and store the session",
        Language.ES: "Copia el resumen, lo guarda en un archivo y archiva la sesión",
    },
    "summary_screen.sending": {Language.EN: "Sending…", Language.ES: "Enviando…"},
    "summary_screen.archived": {
        Language.EN: "Session stored in the history ({path}).",
        Language.ES: "Sesión guardada en el historial ({path}).",
    },
    "summary_screen.archive_moved_aside": {
        Language.EN: "The old history file could not be read; it was kept aside at {path}.",
        Language.ES: "El historial anterior no se podía leer; se ha guardado aparte en {path}.",
    },
    "summary_screen.archive_failed": {
        Language.EN: "Could not store the session in the history: {reason}. "
        "It is kept as an interrupted session; copy the text by hand if needed "
        "and press Send to try again.",
        Language.ES: "No se pudo guardar la sesión en el historial: {reason}. "
        "Se conserva como sesión interrumpida; copia el texto a mano si hace falta "
        "y pulsa Enviar para reintentarlo.",
    },
    "summary_screen.draft_saved": {
        Language.EN: "The finished session is kept: the next start reopens this summary.",
        Language.ES: "La sesión terminada se conserva: al volver a abrir se mostrará este resumen.",
    },
    "summary_screen.draft_not_saved": {
        Language.EN: "The session could not be kept either ({reason}): copy the text now.",
        Language.ES: "Tampoco se pudo conservar la sesión ({reason}): copia el texto ahora.",
    },
    "summary_screen.draft_kept": {
        Language.EN: "The draft could not be removed ({reason}); "
        "the next start will offer this session again.",
        Language.ES: "No se pudo borrar el borrador ({reason}); "
        "el próximo inicio volverá a ofrecer esta sesión.",
    },
    "summary_screen.unexpected": {
        Language.EN: "Sending failed: {error}. The text is still here; press Send to try again.",
        Language.ES: "El envío falló: {error}. El texto sigue aquí; pulsa Enviar para reintentarlo.",
    },
    "summary_screen.done_hint": {
        Language.EN: "Done. Press q to quit.",
        Language.ES: "Listo. Pulsa q para salir.",
    },
    # --- end tui screens: start, resume, summary ---
    # --- summary ---
    "summary.subject_label": {Language.EN: "Subject", Language.ES: "Asunto"},
    "summary.subject.named": {
        Language.EN: "Mentoring session with {name} — {date}",
        Language.ES: "Sesión de mentoring con {name} — {date}",
    },
    "summary.subject.neutral": {
        Language.EN: "Mentoring session — {date}",
        Language.ES: "Sesión de mentoring — {date}",
    },
    "summary.greeting.named": {Language.EN: "Hi {name},", Language.ES: "Hola, {name}:"},
    "summary.greeting.neutral": {Language.EN: "Hi,", Language.ES: "Hola:"},
    "summary.intro": {
        Language.EN: "Here is a summary of our mentoring session.",
        Language.ES: "Este es el resumen de nuestra sesión de mentoring.",
    },
    "summary.date": {Language.EN: "Date: {date}", Language.ES: "Fecha: {date}"},
    "summary.duration": {
        Language.EN: "Duration: {actual} (planned: {planned})",
        Language.ES: "Duración: {actual} (prevista: {planned})",
    },
    "summary.minutes": {Language.EN: "{n} min", Language.ES: "{n} min"},
    "summary.under_a_minute": {Language.EN: "under 1 min", Language.ES: "menos de 1 min"},
    "summary.heading.segments": {
        Language.EN: "What we covered",
        Language.ES: "Lo que tratamos",
    },
    "summary.segment_line": {
        Language.EN: "{title}: {actual} (planned: {planned})",
        Language.ES: "{title}: {actual} (previsto: {planned})",
    },
    "summary.heading.goals": {
        Language.EN: "Goals for this session",
        Language.ES: "Objetivos de esta sesión",
    },
    "summary.goal_measure": {Language.EN: "Measure: {measure}", Language.ES: "Medida: {measure}"},
    "summary.heading.agreed": {Language.EN: "What we agreed", Language.ES: "Lo que acordamos"},
    "summary.heading.feedback": {Language.EN: "Feedback", Language.ES: "Retroalimentación"},
    "summary.feedback.to_mentee.named": {
        Language.EN: "From the mentor to {name}:",
        Language.ES: "Del mentor a {name}:",
    },
    "summary.feedback.to_mentee.neutral": {
        Language.EN: "From the mentor to the mentee:",
        Language.ES: "Del mentor al mentee:",
    },
    "summary.feedback.to_mentor.named": {
        Language.EN: "From {name} to the mentor:",
        Language.ES: "De {name} al mentor:",
    },
    "summary.feedback.to_mentor.neutral": {
        Language.EN: "From the mentee to the mentor:",
        Language.ES: "Del mentee al mentor:",
    },
    "summary.feedback.about_session": {
        Language.EN: "About the session:",
        Language.ES: "Sobre la sesión:",
    },
    "summary.sbi.situation": {Language.EN: "Situation", Language.ES: "Situación"},
    "summary.sbi.behaviour": {Language.EN: "Behaviour", Language.ES: "Comportamiento"},
    "summary.sbi.impact": {Language.EN: "Impact", Language.ES: "Impacto"},
    "summary.sbi.comment": {Language.EN: "Comment", Language.ES: "Comentario"},
    "summary.heading.actions": {Language.EN: "Action items", Language.ES: "Plan de acción"},
    "summary.owner.mentor": {Language.EN: "mentor", Language.ES: "mentor"},
    "summary.owner.mentee": {Language.EN: "mentee", Language.ES: "mentee"},
    "summary.action_owner": {Language.EN: "{owner}", Language.ES: "{owner}"},
    "summary.action_due": {
        Language.EN: "{owner}, due {due}",
        Language.ES: "{owner}, para el {due}",
    },
    "summary.heading.parked": {
        Language.EN: "To come back to",
        Language.ES: "Para retomar más adelante",
    },
    "summary.next_session": {
        Language.EN: "Next session: {when}",
        Language.ES: "Próxima sesión: {when}",
    },
    "summary.closing": {
        Language.EN: "Thanks for today. If anything here does not match what you remember, "
        "reply and we will fix it.",
        Language.ES: "Gracias por la sesión de hoy. Si algo no coincide con lo que recuerdas, "
        "respóndeme y lo corregimos.",
    },
    # --- clipboard (delivery of the summary) ---
    "clipboard.copied": {
        Language.EN: "Copied to the clipboard.",
        Language.ES: "Copiado al portapapeles.",
    },
    "clipboard.sent_to_terminal": {
        Language.EN: "No system clipboard ({reason}): sent to the terminal (OSC 52) — "
        "your terminal may or may not accept it.",
        Language.ES: "Sin portapapeles del sistema ({reason}): enviado a la terminal (OSC 52); "
        "puede que tu terminal lo acepte o no.",
    },
    "clipboard.not_copied": {
        Language.EN: "Not copied to the clipboard ({reason}).",
        Language.ES: "No se copió al portapapeles ({reason}).",
    },
    "clipboard.saved": {Language.EN: "Saved to {path}.", Language.ES: "Guardado en {path}."},
    "clipboard.not_saved": {
        Language.EN: "Could not save the file: {reason}.",
        Language.ES: "No se pudo guardar el archivo: {reason}.",
    },
    "clipboard.copy_from_screen": {
        Language.EN: "Copy the text from the screen.",
        Language.ES: "Copia el texto desde la pantalla.",
    },
    "clipboard.detail.no_mechanism": {
        Language.EN: "no clipboard tool found; install xclip, xsel or wl-clipboard",
        Language.ES: "no hay herramienta de portapapeles; instala xclip, xsel o wl-clipboard",
    },
    "clipboard.detail.mismatch": {
        Language.EN: "the clipboard gave back different text",
        Language.ES: "el portapapeles devolvió un texto distinto",
    },
    "clipboard.detail.verified": {
        Language.EN: "copied and read back",
        Language.ES: "copiado y comprobado",
    },
    "clipboard.detail.sent": {
        Language.EN: "sent as OSC 52",
        Language.ES: "enviado como OSC 52",
    },
    # --- listening (active-listening deck) ---
    "listening.technique.open-question": {
        Language.EN: "Open question",
        Language.ES: "Pregunta abierta",
    },
    "listening.technique.paraphrase": {Language.EN: "Paraphrase", Language.ES: "Parafrasear"},
    "listening.technique.reflect-feelings": {
        Language.EN: "Reflect feelings",
        Language.ES: "Reflejar emociones",
    },
    "listening.technique.summarise": {Language.EN: "Summarise", Language.ES: "Resumir"},
    "listening.technique.pause": {Language.EN: "Pause", Language.ES: "Silencio"},
    "listening.technique.clarify": {Language.EN: "Clarify", Language.ES: "Aclarar"},
    "listening.source.segment": {Language.EN: "This segment", Language.ES: "Esta parte"},
    # --- end summary / clipboard / listening ---
    # --- scripts ---
    "scripts.loc.file": {Language.EN: "file", Language.ES: "archivo"},
    "scripts.loc.line": {Language.EN: "line {line}", Language.ES: "línea {line}"},
    "scripts.loc.line_column": {
        Language.EN: "line {line}, column {column}",
        Language.ES: "línea {line}, columna {column}",
    },
    "scripts.loc.end": {Language.EN: "end of file", Language.ES: "final del archivo"},
    "scripts.loc.script": {Language.EN: "script", Language.ES: "guion"},
    "scripts.err.not_found": {Language.EN: "does not exist", Language.ES: "no existe"},
    "scripts.err.is_dir": {
        Language.EN: "is a folder, not a script file",
        Language.ES: "es una carpeta, no un archivo de guion",
    },
    "scripts.err.permission": {
        Language.EN: "permission denied: the file cannot be read",
        Language.ES: "permiso denegado: no se puede leer el archivo",
    },
    "scripts.err.os": {
        Language.EN: "cannot read the file: {reason}",
        Language.ES: "no se puede leer el archivo: {reason}",
    },
    "scripts.err.not_utf8": {
        Language.EN: "not UTF-8 text; save the file as UTF-8",
        Language.ES: "no es texto UTF-8; guarda el archivo como UTF-8",
    },
    "scripts.err.toml": {
        Language.EN: "invalid TOML: {detail}",
        Language.ES: "TOML no válido: {detail}",
    },
    "scripts.err.too_deep": {
        Language.EN: "invalid TOML: nested too deeply",
        Language.ES: "TOML no válido: anidado a demasiada profundidad",
    },
    "scripts.err.missing": {
        Language.EN: "required field is missing",
        Language.ES: "falta este campo obligatorio",
    },
    "scripts.err.extra": {
        Language.EN: "unknown field (check its spelling)",
        Language.ES: "campo desconocido (revisa cómo está escrito)",
    },
    "scripts.err.int_type": {
        Language.EN: "must be a whole number, not {got}",
        Language.ES: "debe ser un número entero, no {got}",
    },
    "scripts.err.string_type": {
        Language.EN: "must be text in quotes, not {got}",
        Language.ES: "debe ser un texto entre comillas, no {got}",
    },
    "scripts.err.list_type": {
        Language.EN: "must be a list [ ... ], not {got}",
        Language.ES: "debe ser una lista [ ... ], no {got}",
    },
    "scripts.err.table_type": {
        Language.EN: "must be a table, not {got}",
        Language.ES: "debe ser una tabla, no {got}",
    },
    "scripts.err.at_least": {
        Language.EN: "must be at least {limit}, not {value}",
        Language.ES: "debe ser al menos {limit}, no {value}",
    },
    "scripts.err.empty": {Language.EN: "must not be empty", Language.ES: "no puede estar vacío"},
    "scripts.err.empty_list": {
        Language.EN: "needs at least one entry",
        Language.ES: "necesita al menos un elemento",
    },
    "scripts.err.slug": {
        Language.EN: "must be an id of lowercase letters, digits, '-' or '_', not {value}",
        Language.ES: "debe ser un id de minúsculas, dígitos, '-' o '_', no {value}",
    },
    "scripts.err.enum": {
        Language.EN: "unknown value {value}; allowed: {allowed}",
        Language.ES: "valor desconocido {value}; se admiten: {allowed}",
    },
    "scripts.err.duplicate_id": {
        Language.EN: "segment id '{id}' is used twice (segments {first} and {second})",
        Language.ES: "el id de segmento '{id}' está repetido (segmentos {first} y {second})",
    },
    "scripts.err.invalid": {
        Language.EN: "invalid value: {detail}",
        Language.ES: "valor no válido: {detail}",
    },
    "scripts.type.bool": {Language.EN: "true/false", Language.ES: "true/false"},
    "scripts.type.int": {Language.EN: "a whole number", Language.ES: "un número entero"},
    "scripts.type.float": {Language.EN: "a decimal number", Language.ES: "un número decimal"},
    "scripts.type.str": {Language.EN: "text", Language.ES: "un texto"},
    "scripts.type.list": {Language.EN: "a list", Language.ES: "una lista"},
    "scripts.type.dict": {Language.EN: "a table", Language.ES: "una tabla"},
    "scripts.type.datetime": {Language.EN: "a date and time", Language.ES: "una fecha y hora"},
    "scripts.type.date": {Language.EN: "a date", Language.ES: "una fecha"},
    "scripts.type.time": {Language.EN: "a time of day", Language.ES: "una hora"},
    "scripts.type.other": {Language.EN: "another kind of value", Language.ES: "otro tipo de valor"},
    "scripts.unknown_id": {
        Language.EN: "unknown script id '{id}'; known: {known}",
        Language.ES: "id de guion desconocido '{id}'; disponibles: {known}",
    },
    "scripts.source.builtin": {Language.EN: "built-in", Language.ES: "incluido"},
    "scripts.source.builtin_named": {
        Language.EN: "a built-in script",
        Language.ES: "un guion incluido",
    },
    "scripts.warning.broken": {
        Language.EN: "script left out: {problem}",
        Language.ES: "guion omitido: {problem}",
    },
    "scripts.warning.broken_more": {
        Language.EN: "script left out: {problem} (and {more} more: sessiontui scripts check {path})",
        Language.ES: "guion omitido: {problem} (y {more} más: sessiontui scripts check {path})",
    },
    "scripts.warning.collision": {
        Language.EN: "script left out: {path}: id '{id}' is already used by {other}",
        Language.ES: "guion omitido: {path}: el id '{id}' ya lo usa {other}",
    },
    "scripts.warning.folder": {
        Language.EN: "cannot read the scripts folder {path}: {reason}",
        Language.ES: "no se puede leer la carpeta de guiones {path}: {reason}",
    },
    "scripts.col.id": {Language.EN: "ID", Language.ES: "ID"},
    "scripts.col.language": {Language.EN: "LANGUAGE", Language.ES: "IDIOMA"},
    "scripts.col.minutes": {Language.EN: "MIN", Language.ES: "MIN"},
    "scripts.col.title": {Language.EN: "TITLE", Language.ES: "TÍTULO"},
    "scripts.col.source": {Language.EN: "SOURCE", Language.ES: "ORIGEN"},
    "scripts.col.number": {Language.EN: "#", Language.ES: "#"},
    "scripts.col.segment": {Language.EN: "SEGMENT", Language.ES: "SEGMENTO"},
    "scripts.col.kind": {Language.EN: "KIND", Language.ES: "TIPO"},
    "scripts.col.start": {Language.EN: "START", Language.ES: "INICIO"},
    "scripts.show.heading": {Language.EN: "{title} ({id})", Language.ES: "{title} ({id})"},
    "scripts.show.meta": {
        Language.EN: "Language: {lang} · {segments} segments · {minutes} min",
        Language.ES: "Idioma: {lang} · {segments} segmentos · {minutes} min",
    },
    "scripts.show.total": {Language.EN: "Total", Language.ES: "Total"},
    "scripts.check.ok": {
        Language.EN: "ok: {path} ({id}, {segments} segments, {minutes} min)",
        Language.ES: "ok: {path} ({id}, {segments} segmentos, {minutes} min)",
    },
    "scripts.check.no_paths": {
        Language.EN: "give at least one script file to check",
        Language.ES: "indica al menos un archivo de guion para comprobar",
    },
    # --- end scripts ---
    # --- tui live session screen (app shell, panes, keys, palette) ---
    "live.pane.agenda": {Language.EN: "Agenda", Language.ES: "Agenda"},
    "live.pane.listening": {Language.EN: "Listening", Language.ES: "Escucha activa"},
    "live.pane.feedback": {Language.EN: "Feedback", Language.ES: "Retroalimentación"},
    "live.pane.actions": {Language.EN: "Action items", Language.ES: "Plan de acción"},
    "live.status.times": {
        Language.EN: "{elapsed} / {planned}",
        Language.ES: "{elapsed} / {planned}",
    },
    "live.status.ends": {Language.EN: "ends {end}", Language.ES: "fin {end}"},
    "live.status.planned_end": {Language.EN: "planned {end}", Language.ES: "previsto {end}"},
    "live.status.no_mentee": {Language.EN: "(no name)", Language.ES: "(sin nombre)"},
    "live.status.paused": {Language.EN: "PAUSED", Language.ES: "EN PAUSA"},
    "live.status.on_time": {Language.EN: "on time", Language.ES: "a tiempo"},
    "live.status.behind": {
        Language.EN: "{n} min behind",
        Language.ES: "{n} min de retraso",
    },
    "live.status.ahead": {
        Language.EN: "{n} min ahead",
        Language.ES: "{n} min de adelanto",
    },
    "live.agenda.minutes": {Language.EN: "{n} min", Language.ES: "{n} min"},
    "live.agenda.skipped": {Language.EN: "(skipped)", Language.ES: "(saltado)"},
    "live.agenda.countdown": {
        Language.EN: "{n}/{total} · {time} left",
        Language.ES: "{n}/{total} · quedan {time}",
    },
    "live.agenda.overtime": {
        Language.EN: "{n}/{total} · {time} over time",
        Language.ES: "{n}/{total} · {time} de más",
    },
    "live.listening.keys": {
        Language.EN: "F5 next · F6 shuffle · F7 mark used",
        Language.ES: "F5 siguiente · F6 barajar · F7 marcar usada",
    },
    "live.listening.meta": {
        Language.EN: "{label} · {index}/{total}",
        Language.ES: "{label} · {index}/{total}",
    },
    "live.listening.used": {Language.EN: "used", Language.ES: "usada"},
    "live.parking.heading": {
        Language.EN: "Parking lot (Ctrl+L)",
        Language.ES: "Aparcamiento de ideas (Ctrl+L)",
    },
    "live.parking.placeholder": {
        Language.EN: "A thought for later (Enter)",
        Language.ES: "Una idea para después (Intro)",
    },
    "live.parking.review_hint": {
        Language.EN: "Wrap-up: go through each thought; Space marks it reviewed.",
        Language.ES: "Cierre: repasa cada idea; Espacio la marca como revisada.",
    },
    "live.parking.empty": {Language.EN: "Nothing parked yet.", Language.ES: "Nada aparcado."},
    "live.notes.heading": {Language.EN: "Notes (Ctrl+G)", Language.ES: "Notas (Ctrl+G)"},
    "live.notes.placeholder": {
        Language.EN: "A private note (Enter)",
        Language.ES: "Una nota privada (Intro)",
    },
    "live.notes.placeholder.shared": {
        Language.EN: "A shared note: it goes in the summary (Enter)",
        Language.ES: "Una nota compartida: irá en el resumen (Intro)",
    },
    "live.notes.placeholder.agreement": {
        Language.EN: "What we agree (Enter)",
        Language.ES: "Lo que acordamos (Intro)",
    },
    "live.notes.agreement_hint": {
        Language.EN: "What we agree: frequency, duration, topics, commitment, what stays "
        "confidential. Shared notes go in the summary under “What we agreed”.",
        Language.ES: "Qué acordamos: frecuencia, duración, temas, compromiso y qué queda "
        "en confidencialidad. Las notas compartidas van al resumen, en «Lo que acordamos».",
    },
    "live.pane.goals": {Language.EN: "Goals", Language.ES: "Metas"},
    "live.goals.heading": {
        Language.EN: "Session goals (Ctrl+Y)",
        Language.ES: "Metas de la sesión (Ctrl+Y)",
    },
    "live.goals.placeholder.text": {
        Language.EN: "A goal for this session (Enter)",
        Language.ES: "Una meta para esta sesión (Intro)",
    },
    "live.goals.placeholder.measure": {
        Language.EN: "How will we know? (measure)",
        Language.ES: "¿Cómo lo sabremos? (medida)",
    },
    "live.goals.error.empty": {
        Language.EN: "Write the goal first.",
        Language.ES: "Escribe primero la meta.",
    },
    "live.goals.empty": {
        Language.EN: "No goals yet. Space: achieved · Del: delete",
        Language.ES: "Aún no hay metas. Espacio: lograda · Supr: borrar",
    },
    "live.entry.measure": {Language.EN: "measure: {text}", Language.ES: "medida: {text}"},
    "live.notes.empty": {Language.EN: "No notes yet.", Language.ES: "Aún no hay notas."},
    "live.feedback.direction.mentor-to-mentee": {
        Language.EN: "Mentor → mentee",
        Language.ES: "Mentor → mentorizado",
    },
    "live.feedback.direction.mentee-to-mentor": {
        Language.EN: "Mentee → mentor",
        Language.ES: "Mentorizado → mentor",
    },
    "live.feedback.direction.about-session": {
        Language.EN: "About the session",
        Language.ES: "Sobre la sesión",
    },
    "live.feedback.placeholder.situation": {
        Language.EN: "Situation: when and where",
        Language.ES: "Situación: cuándo y dónde",
    },
    "live.feedback.placeholder.behaviour": {
        Language.EN: "Behaviour: what was said or done",
        Language.ES: "Comportamiento: qué se dijo o hizo",
    },
    "live.feedback.placeholder.impact": {
        Language.EN: "Impact: what it led to",
        Language.ES: "Impacto: a qué llevó",
    },
    "live.feedback.placeholder.text": {
        Language.EN: "Or in your own words",
        Language.ES: "O con tus propias palabras",
    },
    "live.feedback.error.empty": {
        Language.EN: "Not added: write a situation, behaviour, impact or free text.",
        Language.ES: "No añadida: escribe una situación, comportamiento, impacto o texto libre.",
    },
    "live.feedback.empty": {
        Language.EN: "No feedback yet.",
        Language.ES: "Aún no hay retroalimentación.",
    },
    "live.visibility.shared": {Language.EN: "Shared", Language.ES: "Compartido"},
    "live.visibility.private": {Language.EN: "Private", Language.ES: "Privado"},
    "live.owner.mentor": {Language.EN: "Mentor", Language.ES: "Mentor"},
    "live.owner.mentee": {Language.EN: "Mentee", Language.ES: "Mentorizado"},
    "live.form.add": {Language.EN: "Add", Language.ES: "Añadir"},
    "live.action.placeholder.text": {
        Language.EN: "Next step (Enter adds)",
        Language.ES: "Siguiente paso (Intro añade)",
    },
    "live.action.placeholder.due": {
        Language.EN: "Due: YYYY-MM-DD, +3d, +1w",
        Language.ES: "Fecha: AAAA-MM-DD, +3d, +1s",
    },
    "live.action.error.empty": {
        Language.EN: "Not added: write what needs doing.",
        Language.ES: "No añadida: escribe qué hay que hacer.",
    },
    "live.action.empty": {
        Language.EN: "No action items yet. Space: done · Del: delete",
        Language.ES: "Aún no hay acciones. Espacio: hecha · Supr: borrar",
    },
    "dates.bad_due": {
        Language.EN: "Not a due date: '{text}'. Use YYYY-MM-DD, +3d or +2w.",
        Language.ES: "Fecha no válida: '{text}'. Usa AAAA-MM-DD, +3d o +2s.",
    },
    "live.entry.private": {Language.EN: "[private]", Language.ES: "[privado]"},
    "live.entry.situation": {Language.EN: "S: {text}", Language.ES: "S: {text}"},
    "live.entry.behaviour": {Language.EN: "B: {text}", Language.ES: "C: {text}"},
    "live.entry.impact": {Language.EN: "I: {text}", Language.ES: "I: {text}"},
    "live.entry.due": {Language.EN: "due {date}", Language.ES: "para el {date}"},
    "live.ui.too_small": {
        Language.EN: "Enlarge the terminal to at least {width}x{height}.\n"
        "The session keeps running; nothing is lost.",
        Language.ES: "Amplía la terminal a {width}x{height} como mínimo.\n"
        "La sesión sigue en marcha; no se pierde nada.",
    },
    "live.draft.save_failed": {
        Language.EN: "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
        Language.ES: "No se puede guardar el borrador: {reason}. "
        "La sesión sigue en memoria; se reintenta.",
    },
    "live.quit.cannot_save": {
        Language.EN: "Cannot save the draft: {reason}. Press Ctrl+Q again to quit anyway.",
        Language.ES: "No se puede guardar el borrador: {reason}. "
        "Pulsa Ctrl+Q otra vez para salir de todos modos.",
    },
    "live.script_missing": {
        Language.EN: "Script '{id}' is no longer installed: no guidance or segment prompts.",
        Language.ES: "El guion '{id}' ya no está instalado: sin guía ni preguntas del segmento.",
    },
    "live.notify.extended": {
        Language.EN: "Segment extended by {n} min.",
        Language.ES: "Segmento ampliado {n} min.",
    },
    "live.notify.rebalanced": {
        Language.EN: "Remaining segments shortened to end on time.",
        Language.ES: "Segmentos restantes acortados para acabar a tiempo.",
    },
    "live.notify.rebalance_not_needed": {
        Language.EN: "Already on time: nothing to rebalance.",
        Language.ES: "Ya vais a tiempo: nada que reequilibrar.",
    },
    "live.finish.confirm": {
        Language.EN: "Finish the session and show the summary?",
        Language.ES: "¿Terminar la sesión y ver el resumen?",
    },
    "live.confirm.yes": {Language.EN: "Finish", Language.ES: "Terminar"},
    "live.confirm.no": {Language.EN: "Keep going", Language.ES: "Seguir"},
    "live.unsent_summary": {
        Language.EN: "The last session was finished but its summary was not sent yet: here it is.",
        Language.ES: "La última sesión se terminó pero su resumen aún no se envió: aquí está.",
    },
    "live.confirm.keys": {
        Language.EN: "F10 or y: finish · Esc or n: keep going",
        Language.ES: "F10 o s: terminar · Esc o n: seguir",
    },
    "live.help.heading": {
        Language.EN: "Keys and commands (Ctrl+P opens the command palette)",
        Language.ES: "Teclas y órdenes (Ctrl+P abre la paleta de órdenes)",
    },
    "live.help.line": {
        Language.EN: "{key:>7}  {name}: {help}",
        Language.ES: "{key:>7}  {name}: {help}",
    },
    "live.help.footer": {
        Language.EN: "Typing in a field never runs a command. Escape closes this help.",
        Language.ES: "Escribir en un campo nunca ejecuta una orden. Escape cierra esta ayuda.",
    },
    "live.key.help": {Language.EN: "Help", Language.ES: "Ayuda"},
    "live.key.next_segment": {Language.EN: "Next", Language.ES: "Siguiente"},
    "live.key.previous_segment": {Language.EN: "Back", Language.ES: "Atrás"},
    "live.key.toggle_pause": {Language.EN: "Pause/Resume", Language.ES: "Pausa/Seguir"},
    "live.key.extend_1": {Language.EN: "+1 min", Language.ES: "+1 min"},
    "live.key.extend_5": {Language.EN: "+5 min", Language.ES: "+5 min"},
    "live.key.next_prompt": {Language.EN: "Prompt", Language.ES: "Pregunta"},
    "live.key.shuffle_prompts": {Language.EN: "Shuffle", Language.ES: "Barajar"},
    "live.key.mark_prompt_used": {Language.EN: "Used", Language.ES: "Usada"},
    "live.key.park": {Language.EN: "Park", Language.ES: "Aparcar"},
    "live.key.add_action": {Language.EN: "Action", Language.ES: "Acción"},
    "live.key.add_feedback": {Language.EN: "Feedback", Language.ES: "Retroalim."},
    "live.key.add_note": {Language.EN: "Note", Language.ES: "Nota"},
    "live.key.add_goal": {Language.EN: "Goal", Language.ES: "Meta"},
    "live.key.toggle_bell": {Language.EN: "Bell", Language.ES: "Campana"},
    "live.key.rebalance": {Language.EN: "Rebalance", Language.ES: "Reequilibrar"},
    "live.key.skip_segment": {Language.EN: "Skip", Language.ES: "Saltar"},
    "live.key.finish": {Language.EN: "Finish", Language.ES: "Terminar"},
    "live.key.quit": {Language.EN: "Quit", Language.ES: "Salir"},
    "live.cmd.next_segment": {Language.EN: "Next segment", Language.ES: "Siguiente segmento"},
    "live.cmd.next_segment.help": {
        Language.EN: "Mark this segment done and move on",
        Language.ES: "Da por hecho este segmento y pasa al siguiente",
    },
    "live.cmd.previous_segment": {
        Language.EN: "Previous segment",
        Language.ES: "Segmento anterior",
    },
    "live.cmd.previous_segment.help": {
        Language.EN: "Go back one segment (time already spent is kept)",
        Language.ES: "Vuelve un segmento atrás (se conserva el tiempo ya usado)",
    },
    "live.cmd.skip_segment": {Language.EN: "Skip segment", Language.ES: "Saltar segmento"},
    "live.cmd.skip_segment.help": {
        Language.EN: "Move on without covering this segment",
        Language.ES: "Pasa al siguiente sin tratar este segmento",
    },
    "live.cmd.pause": {Language.EN: "Pause timer", Language.ES: "Pausar el tiempo"},
    "live.cmd.pause.help": {
        Language.EN: "Stop every figure (e.g. a dropped call)",
        Language.ES: "Detiene todos los tiempos (p. ej., se cortó la llamada)",
    },
    "live.cmd.resume": {Language.EN: "Resume timer", Language.ES: "Reanudar el tiempo"},
    "live.cmd.resume.help": {
        Language.EN: "Count time again after a pause",
        Language.ES: "Vuelve a contar el tiempo tras una pausa",
    },
    "live.cmd.extend_1": {
        Language.EN: "Extend segment by 1 minute",
        Language.ES: "Ampliar el segmento 1 minuto",
    },
    "live.cmd.extend_1.help": {
        Language.EN: "Give the current segment one more minute",
        Language.ES: "Da un minuto más al segmento actual",
    },
    "live.cmd.extend_5": {
        Language.EN: "Extend segment by 5 minutes",
        Language.ES: "Ampliar el segmento 5 minutos",
    },
    "live.cmd.extend_5.help": {
        Language.EN: "Give the current segment five more minutes",
        Language.ES: "Da cinco minutos más al segmento actual",
    },
    "live.cmd.rebalance": {
        Language.EN: "Rebalance remaining time",
        Language.ES: "Reequilibrar el tiempo restante",
    },
    "live.cmd.rebalance.help": {
        Language.EN: "Shorten the remaining segments so the session ends on time",
        Language.ES: "Acorta los segmentos restantes para acabar a tiempo",
    },
    "live.cmd.next_prompt": {Language.EN: "Next prompt", Language.ES: "Siguiente pregunta"},
    "live.cmd.next_prompt.help": {
        Language.EN: "Show the next active-listening prompt",
        Language.ES: "Muestra la siguiente pregunta de escucha activa",
    },
    "live.cmd.shuffle_prompts": {Language.EN: "Shuffle prompts", Language.ES: "Barajar preguntas"},
    "live.cmd.shuffle_prompts.help": {
        Language.EN: "Reorder the general prompts",
        Language.ES: "Cambia el orden de las preguntas generales",
    },
    "live.cmd.mark_prompt_used": {
        Language.EN: "Mark prompt used",
        Language.ES: "Marcar pregunta como usada",
    },
    "live.cmd.mark_prompt_used.help": {
        Language.EN: "Remember that the prompt on show was used",
        Language.ES: "Recuerda que la pregunta mostrada ya se usó",
    },
    "live.cmd.park": {Language.EN: "Park a thought", Language.ES: "Aparcar una idea"},
    "live.cmd.park.help": {
        Language.EN: "Note a thought for later instead of interrupting",
        Language.ES: "Anota una idea para después en lugar de interrumpir",
    },
    "live.cmd.add_action": {Language.EN: "Add action item", Language.ES: "Añadir acción"},
    "live.cmd.add_action.help": {
        Language.EN: "Go to the action-item form",
        Language.ES: "Ve al formulario del plan de acción",
    },
    "live.cmd.add_feedback": {
        Language.EN: "Add feedback",
        Language.ES: "Añadir retroalimentación",
    },
    "live.cmd.add_feedback.help": {
        Language.EN: "Go to the feedback form",
        Language.ES: "Ve al formulario de retroalimentación",
    },
    "live.cmd.add_note": {Language.EN: "Add note", Language.ES: "Añadir nota"},
    "live.cmd.add_note.help": {
        Language.EN: "Write a note (private unless you choose shared)",
        Language.ES: "Escribe una nota (privada salvo que elijas compartida)",
    },
    "live.cmd.add_goal": {Language.EN: "Add session goal", Language.ES: "Añadir meta de la sesión"},
    "live.cmd.add_goal.help": {
        Language.EN: "Write a goal for this session and how you will know it is met",
        Language.ES: "Escribe una meta para esta sesión y cómo sabréis que se ha logrado",
    },
    "live.cmd.toggle_bell": {
        Language.EN: "Toggle time-warning bell",
        Language.ES: "Activar o desactivar el aviso sonoro",
    },
    "live.cmd.toggle_bell.help": {
        Language.EN: "Ring (or stop ringing) the terminal bell near a segment's end",
        Language.ES: "Hace sonar (o no) la campana del terminal al acabar un segmento",
    },
    "live.notify.bell_on": {
        Language.EN: "Time-warning bell on",
        Language.ES: "Aviso sonoro activado",
    },
    "live.notify.bell_off": {
        Language.EN: "Time-warning bell off",
        Language.ES: "Aviso sonoro desactivado",
    },
    "live.cmd.finish": {Language.EN: "Finish session", Language.ES: "Terminar la sesión"},
    "live.cmd.finish.help": {
        Language.EN: "End the session and show the summary (asks first)",
        Language.ES: "Termina la sesión y muestra el resumen (pregunta antes)",
    },
    "live.cmd.help": {Language.EN: "Help", Language.ES: "Ayuda"},
    "live.cmd.help.help": {
        Language.EN: "Every key and command",
        Language.ES: "Todas las teclas y órdenes",
    },
    "live.cmd.quit": {
        Language.EN: "Quit and keep the session",
        Language.ES: "Salir y conservar la sesión",
    },
    "live.cmd.quit.help": {
        Language.EN: "Save the session and quit; it is offered for resume at the next start",
        Language.ES: "Guarda la sesión y sale; se ofrece reanudarla al volver a empezar",
    },
    # --- end tui live session screen ---
    # --- store (data folder, lock, doctor) ---
    "store.reason.permission": {Language.EN: "permission denied", Language.ES: "permiso denegado"},
    "store.reason.read_only": {
        Language.EN: "the disk is read-only",
        Language.ES: "el disco es de solo lectura",
    },
    "store.reason.disk_full": {Language.EN: "the disk is full", Language.ES: "el disco está lleno"},
    "store.reason.not_a_folder_in_path": {
        Language.EN: "part of the path is a file, not a folder",
        Language.ES: "parte de la ruta es un archivo, no una carpeta",
    },
    "store.error.not_a_folder": {
        Language.EN: "cannot use data folder {path}: it is a file, not a folder",
        Language.ES: "no se puede usar la carpeta de datos {path}: es un archivo, no una carpeta",
    },
    "store.error.cannot_use": {
        Language.EN: "cannot use data folder {path}: {reason}",
        Language.ES: "no se puede usar la carpeta de datos {path}: {reason}",
    },
    "store.error.busy": {
        Language.EN: "another sessiontui (pid {pid}) is already using {path}; close it first",
        Language.ES: "otro sessiontui (pid {pid}) ya está usando {path}; ciérralo primero",
    },
    "store.error.busy_no_pid": {
        Language.EN: "another sessiontui is already using {path}; close it first",
        Language.ES: "otro sessiontui ya está usando {path}; ciérralo primero",
    },
    "doctor.line": {Language.EN: "{level}: {message}", Language.ES: "{level}: {message}"},
    "doctor.level.ok": {Language.EN: "ok", Language.ES: "bien"},
    "doctor.level.warning": {Language.EN: "warning", Language.ES: "aviso"},
    "doctor.level.problem": {Language.EN: "problem", Language.ES: "problema"},
    "doctor.missing": {
        Language.EN: "data folder {path} does not exist yet; it is created when a session starts",
        Language.ES: "la carpeta de datos {path} aún no existe; se crea al empezar una sesión",
    },
    "doctor.not_a_folder": {
        Language.EN: "{path} is a file, not a folder; move it away or choose another --data-dir",
        Language.ES: "{path} es un archivo, no una carpeta; muévelo o elige otro --data-dir",
    },
    "doctor.folder_ok": {
        Language.EN: "data folder {path} is private (0700)",
        Language.ES: "la carpeta de datos {path} es privada (0700)",
    },
    "doctor.folder_mode": {
        Language.EN: "folder {path} can be read by others (mode {mode}); fix: chmod 700 {path}",
        Language.ES: "otros pueden leer la carpeta {path} (modo {mode}); "
        "arréglalo: chmod 700 {path}",
    },
    "doctor.file_mode": {
        Language.EN: "file {path} can be read by others (mode {mode}); fix: chmod 600 {path}",
        Language.ES: "otros pueden leer el archivo {path} (modo {mode}); "
        "arréglalo: chmod 600 {path}",
    },
    "doctor.modes_ok": {
        Language.EN: "all {count} files are private (0600)",
        Language.ES: "los {count} archivos son privados (0600)",
    },
    "doctor.not_writable": {
        Language.EN: "cannot write in {path}; sessions could not be saved",
        Language.ES: "no se puede escribir en {path}; las sesiones no se podrían guardar",
    },
    "doctor.lock_held": {
        Language.EN: "in use by a running sessiontui (pid {pid})",
        Language.ES: "en uso por un sessiontui en marcha (pid {pid})",
    },
    "doctor.lock_free": {
        Language.EN: "not in use by any running sessiontui",
        Language.ES: "ningún sessiontui en marcha la está usando",
    },
    "doctor.archive_empty": {
        Language.EN: "no sessions stored yet",
        Language.ES: "aún no hay sesiones guardadas",
    },
    "doctor.archive_ok": {
        Language.EN: "{count} sessions stored",
        Language.ES: "{count} sesiones guardadas",
    },
    "doctor.archive_invalid": {
        Language.EN: "{count} stored sessions cannot be read by this version and are not shown",
        Language.ES: "{count} sesiones guardadas no se pueden leer con esta versión "
        "y no se muestran",
    },
    "doctor.archive_unreadable": {
        Language.EN: "history {path} cannot be read ({reason}); "
        "the next start keeps it aside and begins a new one",
        Language.ES: "el historial {path} no se puede leer ({reason}); "
        "el próximo inicio lo aparta y empieza uno nuevo",
    },
    "doctor.backup_unreadable": {
        Language.EN: "the backup copy {path} cannot be read",
        Language.ES: "la copia de seguridad {path} no se puede leer",
    },
    "doctor.not_an_object": {
        Language.EN: "not a JSON object",
        Language.ES: "no es un objeto JSON",
    },
    "doctor.no_draft": {
        Language.EN: "no interrupted session",
        Language.ES: "ninguna sesión interrumpida",
    },
    "doctor.draft_live": {
        Language.EN: "a session is in progress",
        Language.ES: "hay una sesión en curso",
    },
    "doctor.draft_waiting": {
        Language.EN: "an interrupted session (mentee {mentee}, started {started}) "
        "can be resumed: start sessiontui",
        Language.ES: "una sesión interrumpida (mentorizado {mentee}, empezada {started}) "
        "se puede reanudar: inicia sessiontui",
    },
    "doctor.invalid_draft": {
        Language.EN: "{count} invalid fields",
        Language.ES: "{count} campos no válidos",
    },
    "doctor.draft_unreadable": {
        Language.EN: "the interrupted session {path} cannot be read ({reason}); "
        "the next start keeps it aside",
        Language.ES: "la sesión interrumpida {path} no se puede leer ({reason}); "
        "el próximo inicio la aparta",
    },
    "doctor.temp_left": {
        Language.EN: "leftover temporary file from an interrupted save: {path} (safe to delete)",
        Language.ES: "archivo temporal de un guardado interrumpido: {path} (se puede borrar)",
    },
    "doctor.kept_aside": {
        Language.EN: "unreadable file kept aside: {path}",
        Language.ES: "archivo ilegible guardado aparte: {path}",
    },
    "doctor.cannot_read": {
        Language.EN: "cannot look inside {path}: {reason}",
        Language.ES: "no se puede mirar dentro de {path}: {reason}",
    },
}


def set_legacy_language(language: Language | str) -> None:
    """Choose the UI language for every later `t()` call (called by i18n.set_language)."""
    global _current  # noqa: PLW0603 - one process shows one language at a time
    _current = Language(language)


def t(key: str, /, language: Language | str | None = None, **fields: object) -> str:
    """Translate `key` into the current (or given) language and fill its fields.

    An unknown key raises KeyError: a typo must fail in tests, not show a key.
    """
    texts = TABLE[key]
    template = texts.get(Language(language or _current)) or texts[Language.EN]
    return template.format(**fields) if fields else template
