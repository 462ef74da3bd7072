// Typed, non-variadic wrappers around libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly. No logic lives here.
#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>

typedef char *(*clibedit_prompt_fn)(EditLine *);

// The C standard streams, as functions: Swift 6 refuses direct use of the global FILE* variables.
static inline FILE *clibedit_stdin(void) { return stdin; }
static inline FILE *clibedit_stdout(void) { return stdout; }
static inline FILE *clibedit_stderr(void) { return stderr; }
typedef unsigned char (*clibedit_command_fn)(EditLine *, int);

static inline int clibedit_set_prompt(EditLine *el, clibedit_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int clibedit_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int clibedit_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int clibedit_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *clibedit_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int clibedit_add_function(EditLine *el, const char *name, const char *help, clibedit_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int clibedit_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
static inline int clibedit_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
// In editing mode the terminal delivers Ctrl-C as a key (bound by LineEditing) instead of SIGINT.
static inline int clibedit_disable_signal_keys_while_editing(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", (const char *)NULL);
}
static inline int clibedit_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

static inline int clibedit_history_set_size(History *h, HistEvent *ev, int size) {
    return history(h, ev, H_SETSIZE, size);
}
static inline int clibedit_history_set_unique(History *h, HistEvent *ev, int unique) {
    return history(h, ev, H_SETUNIQUE, unique);
}
static inline int clibedit_history_enter(History *h, HistEvent *ev, const char *line) {
    return history(h, ev, H_ENTER, line);
}
static inline int clibedit_history_load(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_LOAD, path);
}
static inline int clibedit_history_save(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_SAVE, path);
}
static inline int clibedit_history_last(History *h, HistEvent *ev) {
    return history(h, ev, H_LAST);
}
static inline int clibedit_history_previous(History *h, HistEvent *ev) {
    return history(h, ev, H_PREV);
}
static inline int clibedit_history_clear(History *h, HistEvent *ev) {
    return history(h, ev, H_CLEAR);
}

#endif
