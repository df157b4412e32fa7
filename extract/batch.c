/* batch.c - the extract command's run over many documents: a reader on the calling thread, a pool of workers,
 * and a writer that puts each document's output out whole and in input order (batch.h). */
#include "batch.h"
#include "html.h"
#include "util.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/* A document's output, held until its turn comes, as a list of blocks rather than one buffer grown by doubling:
 * the output of a long document (8 MB of claims for 20 MB of text) is neither copied from buffer to buffer nor
 * held in up to twice its size. A document's claims come part after part (extract_process_stream: one part per
 * window of a long text): the parts of the document next in input order are written as they come, those of a
 * later one are held here until its turn. */
typedef struct S_block {
    struct S_block *next;
    size_t len, cap;
    char data[];
} S_block;

typedef struct {
    S_block *head, *tail;
    size_t len;
} S_out;

#define S_BLOCK_SIZE ((size_t)64 * 1024)

/* A write callback that appends to an S_out, for the library's writers. */
static int S_out_write(void *ctx, const char *data, size_t len)
{
    S_out *o = ctx;
    while (len) {
        S_block *b = o->tail;
        if (!b || b->len == b->cap) {
            size_t cap = len > S_BLOCK_SIZE ? len : S_BLOCK_SIZE;
            if (cap > SIZE_MAX - sizeof *b || !(b = xi_malloc(sizeof *b + cap)))
                return -1;
            b->next = NULL;
            b->len = 0;
            b->cap = cap;
            if (o->tail)
                o->tail->next = b;
            else
                o->head = b;
            o->tail = b;
        }
        size_t k = b->cap - b->len < len ? b->cap - b->len : len;
        memcpy(b->data + b->len, data, k);
        b->len += k;
        o->len += k;
        data += k;
        len -= k;
    }
    return 0;
}

/* Moves the blocks of from to the end of to. */
static void S_out_splice(S_out *to, S_out *from)
{
    if (!from->head)
        return;
    if (to->tail)
        to->tail->next = from->head;
    else
        to->head = from->head;
    to->tail = from->tail;
    to->len += from->len;
    memset(from, 0, sizeof *from);
}

static void S_out_free(S_out *o)
{
    for (S_block *b = o->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    memset(o, 0, sizeof *o);
}

/* One item on its way through the pool: what the reader gave, then what processing made of it. */
typedef struct {
    xin_item item;
    size_t weight;  /* bytes counted against the window */
    size_t work;    /* bytes counted against the workers' shared working bound while it is processed (S_charge) */
    S_out out;      /* the output, written whole when the job's turn comes */
    xi_buf msgs;    /* messages: a kind byte ('E' error, 'W' warning), the text, a NUL; one after another */
    size_t claims;
    int errors;
    int is_doc;
    int done;       /* guarded by the pool's mutex */
    int fresh;      /* guarded by the pool's mutex: a part of the output came since the writer last looked */
    int direct;     /* processed on the calling thread with nothing before it: parts are written as they come */
    int werr;       /* the errno of a failed direct write */
} S_job;

/* The worker pool and the window of jobs in flight: ring[head..tail) in input order; ring[started..tail) not yet
 * taken by a worker. */
typedef struct {
    const xb_config *cfg;
    pthread_mutex_t mu;
    pthread_cond_t work; /* a job waits for a worker, or it is time to quit */
    pthread_cond_t done; /* a job finished */
    S_job **ring;
    size_t cap;
    uint64_t head, started, tail;
    size_t bytes, byte_cap;
    size_t working, work_cap, work_peak; /* bytes of documents being processed by all workers at once (S_charge) */
    int quit;
    int cancel;      /* the output failed: streaming documents stop at their next part */
    pthread_t *threads;
    int n_threads;
} S_pool;

/* A write callback that appends to an xi_buf, for the library's writers. */
static int S_buf_write(void *ctx, const char *data, size_t len) { return xi_buf_append(ctx, data, len) < 0 ? -1 : 0; }

/* Queues a message of a job for the calling thread to pass on in order. */
static void S_job_msg(S_job *job, char kind, const char *text)
{
    xi_buf_putc(&job->msgs, kind);
    xi_buf_append(&job->msgs, text, strlen(text) + 1);
    if (kind == 'E')
        job->errors++;
}

/* The --text --format jsonl object of one document: its metadata formatted in b, then b and the text to out. */
static int S_text_object(const extract_doc *doc, const char *name, xi_buf *b, S_out *out)
{
    const char *keys[] = {"doc", "lang", "ref_date", "ref_date_source", "url", "title", "published"};
    const char *vals[] = {name, extract_doc_lang(doc), extract_doc_ref_date(doc), extract_doc_ref_date_source(doc),
                          extract_doc_url(doc), extract_doc_title(doc), extract_doc_published(doc)};
    int rc = 0;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !rc; i++) {
        rc = xi_buf_printf(b, "%s\"%s\":", i ? "," : "{", keys[i]);
        if (!rc)
            rc = vals[i] ? extract_write_json_string(vals[i], strlen(vals[i]), S_buf_write, b) : xi_buf_puts(b, "null");
    }
    size_t tl;
    const char *t = extract_doc_text(doc, &tl);
    if (!rc)
        rc = xi_buf_puts(b, ",\"text\":");
    if (!rc)
        rc = S_out_write(out, b->data, b->len);
    if (!rc)
        rc = extract_write_json_string(t, tl, S_out_write, out);
    if (!rc)
        rc = S_out_write(out, "}\n", 2);
    return rc;
}

static int S_write_all(int fd, const char *data, size_t len);

/* Passes messages on ('E' or 'W', the text, a NUL; one after another), on the calling thread. */
static void S_deliver(const xb_config *cfg, const xi_buf *msgs)
{
    for (size_t i = 0; i < msgs->len;) {
        const char *m = msgs->data + i;
        if (cfg->message)
            cfg->message(cfg->ctx, m[0] == 'E', m + 1);
        i += strlen(m) + 1;
    }
}

/* Writes the blocks of o in order. Returns 0, or the errno of a failed write. */
static int S_out_put(const xb_config *cfg, const S_out *o)
{
    int e = 0;
    for (const S_block *b = o->head; b && !e; b = b->next)
        e = S_write_all(cfg->out_fd, b->data, b->len);
    return e;
}

/* What a streamed document's parts go with. */
typedef struct {
    S_pool *pool;
    S_job *job;
    int oom;
} S_part_ctx;

/* extract_process_stream_borrowed's release for a mapped file (input.c, S_map_rest): the pages of the mapping
 * wholly before upto are dropped (the kernel reads them again from the file should they be touched again), so a
 * long file is not resident whole while its text is read a piece at a time. */
static void S_release(void *ctx, size_t upto)
{
    const xin_item *it = &((S_part_ctx *)ctx)->job->item;
    static size_t page;
    if (!page) {
        long ps = sysconf(_SC_PAGESIZE);
        page = ps > 0 ? (size_t)ps : 4096;
    }
    size_t end = (size_t)(it->bytes - it->map) + (upto < it->len ? upto : it->len);
    end -= end % page;
    if (end)
        madvise(it->map, end, MADV_DONTNEED);
}

/* extract_process_stream's callback: formats a part's warnings and claims; writes them now when the job is next
 * in order on the calling thread (-j 1), else adds them to the job's held output for the writer, which writes
 * them while the job is at the head of the window (S_pool_take) or when its turn comes. Non-zero stops the
 * document: out of memory, a failed write, or a run that is stopping. */
static int S_part(void *ctx, const extract_doc *part)
{
    S_part_ctx *c = ctx;
    S_pool *p = c->pool;
    const xb_config *cfg = p->cfg;
    S_job *job = c->job;
    S_out o;
    memset(&o, 0, sizeof o);
    xi_buf msgs;
    xi_buf_init(&msgs);
    int rc = 0;
    for (size_t i = 0; i < extract_doc_warning_count(part) && !rc; i++) {
        const char *w = extract_doc_warning(part, i);
        rc = xi_buf_putc(&msgs, 'W') < 0 || xi_buf_append(&msgs, w, strlen(w) + 1) < 0;
    }
    if (!rc)
        rc = cfg->output == XB_OUT_TSV   ? extract_write_tsv(part, S_out_write, &o)
             : cfg->output == XB_OUT_CSV ? extract_write_csv(part, S_out_write, &o)
                                         : extract_write_jsonl(part, S_out_write, &o);
    if (rc) {
        c->oom = 1;
    } else if (job->direct) {
        S_deliver(cfg, &msgs);
        job->claims += extract_doc_claim_count(part);
        rc = job->werr = S_out_put(cfg, &o);
    } else {
        pthread_mutex_lock(&p->mu);
        if (!(rc = p->cancel)) {
            S_out_splice(&job->out, &o);
            if (msgs.len && xi_buf_append(&job->msgs, msgs.data, msgs.len) < 0)
                rc = c->oom = 1;
            job->claims += extract_doc_claim_count(part);
            job->fresh = 1;
            pthread_cond_signal(&p->done);
        }
        pthread_mutex_unlock(&p->mu);
    }
    S_out_free(&o);
    xi_buf_free(&msgs);
    return rc;
}

/* A mapped file that shrank while it was read (input.c, xin_item_lost): the document is reported as cut short,
 * after whatever of it was already written. */
static void S_lost(S_job *job)
{
    size_t at;
    if (!xin_item_lost(&job->item, &at))
        return;
    char msg[600];
    snprintf(msg, sizeof msg, "%s: at byte %zu: the file shrank while it was read; the rest was read as zeros and its "
             "claims are missing", job->item.name, at);
    S_job_msg(job, 'E', msg);
}

/* Whether documents are processed as a stream of parts (claim records and tables), not kept whole. */
static int S_streams(const xb_config *cfg)
{
    return cfg->output == XB_OUT_TSV || cfg->output == XB_OUT_CSV ||
           (cfg->output == XB_OUT_JSONL && !cfg->opt->explain);
}

/* Processes one job (on a worker, or on the calling thread with -j 1): runs the document through the library and
 * formats its output and messages. The document's bytes are freed as soon as the library is done with them. The
 * claim records and tables are streamed (S_part): a long document's claims are formatted window by window and
 * never held whole; --explain (whose trace comes before the records) and --text keep the whole document. */
static void S_work(S_pool *p, S_job *job)
{
    const xb_config *cfg = p->cfg;
    xin_item *it = &job->item;
    if (it->kind != XIN_ITEM_DOC) {
        S_job_msg(job, it->kind == XIN_ITEM_ERROR ? 'E' : 'W', it->message ? it->message : "unreadable input");
        xin_item_clear(it);
        return;
    }
    job->is_doc = 1;
    extract_options opt = *cfg->opt;
    opt.format = it->format;
    if (!opt.lang && it->lang)
        opt.lang = it->lang;
    opt.url = it->url;
    opt.title = it->title;
    opt.published = it->published;
    opt.fallback_date = it->fallback_date;
    extract_doc *doc = NULL;
    extract_error err;
    if (S_streams(cfg)) {
        S_part_ctx c = {p, job, 0};
        extract_status st;
        if (it->map) { /* a mapped file: borrowed, its pages dropped as they are read; unmapped by xin_item_clear */
            st = extract_process_stream_borrowed(cfg->patterns, it->bytes, it->len, it->name, &opt, S_part,
                                                 S_release, &c, &doc, &err);
        } else {
            st = extract_process_stream(cfg->patterns, it->bytes, it->len, it->name, &opt, S_part, &c, &doc, &err);
            it->bytes = NULL;
        }
        pthread_mutex_lock(&p->mu); /* the writer may be taking the parts' messages (S_pool_take) */
        if (st == EXTRACT_ERR_STOPPED && c.oom) {
            char msg[600];
            snprintf(msg, sizeof msg, "%s: out of memory formatting the output; the rest of the document skipped",
                     it->name);
            S_job_msg(job, 'E', msg);
        } else if (st != EXTRACT_OK && st != EXTRACT_ERR_STOPPED) { /* stopped otherwise: the output failed */
            char msg[1200];
            extract_error_format(&err, msg, sizeof msg);
            S_job_msg(job, 'E', msg);
        }
        S_lost(job);
        pthread_mutex_unlock(&p->mu);
        extract_doc_free(doc);
        xin_item_clear(it);
        return;
    }
    /* the library frees the bytes once it has read them: a long document's input is not held with its text */
    extract_status st = it->map ? extract_process(cfg->patterns, it->bytes, it->len, it->name, &opt, &doc, &err)
                                : extract_process_take(cfg->patterns, it->bytes, it->len, it->name, &opt, &doc, &err);
    if (!it->map)
        it->bytes = NULL;
    if (st != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        S_job_msg(job, 'E', msg);
        S_lost(job);
        xin_item_clear(it);
        return;
    }
    for (size_t i = 0; i < extract_doc_warning_count(doc); i++)
        S_job_msg(job, 'W', extract_doc_warning(doc, i));
    int rc = 0;
    switch (cfg->output) {
    case XB_OUT_JSONL:
        if (cfg->opt->explain)
            rc = extract_write_explain(doc, S_out_write, &job->out);
        if (!rc)
            rc = extract_write_jsonl(doc, S_out_write, &job->out);
        break;
    case XB_OUT_TSV: rc = extract_write_tsv(doc, S_out_write, &job->out); break;
    case XB_OUT_CSV: rc = extract_write_csv(doc, S_out_write, &job->out); break;
    case XB_OUT_TEXT: {
        size_t tl;
        const char *t = extract_doc_text(doc, &tl);
        rc = S_out_write(&job->out, t, tl);
        if (!rc && tl && t[tl - 1] != '\n')
            rc = S_out_write(&job->out, "\n", 1);
        break;
    }
    case XB_OUT_TEXT_JSONL: {
        xi_buf head;
        xi_buf_init(&head);
        rc = S_text_object(doc, it->name, &head, &job->out);
        xi_buf_free(&head);
        break;
    }
    }
    if (rc) {
        char msg[600];
        snprintf(msg, sizeof msg, "%s: out of memory formatting the output; document skipped", it->name);
        S_out_free(&job->out);
        S_job_msg(job, 'E', msg);
    } else {
        job->claims = extract_doc_claim_count(doc);
    }
    S_lost(job);
    extract_doc_free(doc);
    xin_item_clear(it);
}

/* Whether a job charging `work` bytes may start now (the pool's mutex held): always when no other job holds any
 * of the working bound (a document larger than the bound runs, alone), else within it. */
static int S_work_fits(const S_pool *p, size_t work)
{
    return p->working == 0 || p->working + work <= p->work_cap;
}

/* A worker thread: takes the oldest job not yet started, processes it, marks it done, until told to quit. */
static void *S_worker(void *arg)
{
    S_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        /* the next job waits for room in the working bound (jobs start in input order), however many workers
         * are idle: so -j N does not multiply the working set of long documents */
        while (p->started < p->tail ? !S_work_fits(p, p->ring[p->started % p->cap]->work) : !p->quit)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->started == p->tail)
            break;
        S_job *job = p->ring[p->started++ % p->cap];
        p->working += job->work;
        if (p->working > p->work_peak)
            p->work_peak = p->working;
        pthread_mutex_unlock(&p->mu);
        S_work(p, job);
        pthread_mutex_lock(&p->mu);
        p->working -= job->work;
        job->done = 1;
        pthread_cond_signal(&p->done);
        if (job->work) /* room for a job another worker waits to start */
            pthread_cond_broadcast(&p->work);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* The library's text window in effect: a longer plain text is processed a window at a time (extract.h). */
static size_t S_text_window(const xb_config *cfg)
{
    size_t w = cfg->opt->window_bytes ? cfg->opt->window_bytes : EXTRACT_DEFAULT_WINDOW_BYTES;
    return w > SIZE_MAX / 2 ? SIZE_MAX / 2 : w;
}

/* The bytes a document charges against the workers' shared working bound while it is processed: its working set
 * grows with them (the folded text, its offset maps, mentions and claims: some 20-25 bytes per byte). A plain text
 * whose claims are streamed is processed a window at a time, so it charges at most one window, whatever its
 * length; an HTML page (its tree is built whole) and a document kept whole (--explain, --text) charge all their
 * bytes. Messages charge nothing. */
static size_t S_charge(const xb_config *cfg, const xin_item *it)
{
    if (it->kind != XIN_ITEM_DOC)
        return 0;
    size_t win = S_text_window(cfg);
    if (!S_streams(cfg) || it->len <= win)
        return it->len;
    int html = it->format == EXTRACT_FORMAT_HTML || (it->format == EXTRACT_FORMAT_AUTO && xh_sniff(it->bytes, it->len));
    return html ? it->len : win;
}

/* Sets the pool up and starts its threads (none for -j 1). Returns -1 when that fails. */
static int S_pool_init(S_pool *p, const xb_config *cfg)
{
    memset(p, 0, sizeof *p);
    int jobs = cfg->jobs > 1 ? cfg->jobs : 1;
    p->cfg = cfg;
    p->cap = cfg->window_docs ? cfg->window_docs : (size_t)jobs * 4;
    p->byte_cap = cfg->window_bytes ? cfg->window_bytes : XB_DEFAULT_WINDOW_BYTES;
    p->work_cap = cfg->work_bytes ? cfg->work_bytes : S_text_window(cfg) / 2 * 3;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, &ca);
    pthread_condattr_destroy(&ca);
    p->ring = xi_calloc(p->cap, sizeof *p->ring);
    if (!p->ring)
        return -1;
    if (jobs == 1)
        return 0;
    p->threads = xi_calloc((size_t)jobs, sizeof *p->threads);
    if (!p->threads)
        return -1;
    for (int i = 0; i < jobs; i++) {
        if (pthread_create(&p->threads[i], NULL, S_worker, p) != 0)
            return p->n_threads ? 0 : -1; /* fewer threads than asked still work */
        p->n_threads++;
    }
    return 0;
}

/* Tells the workers to stop once the queue is empty, waits for them, and frees the pool. */
static void S_pool_free(S_pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n_threads; i++)
        pthread_join(p->threads[i], NULL);
    free(p->threads);
    free(p->ring);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
}

/* Whether a job of this weight may enter the window now: always when it is empty, else within both limits. */
static int S_pool_fits(S_pool *p, size_t weight)
{
    pthread_mutex_lock(&p->mu);
    size_t n = (size_t)(p->tail - p->head);
    int ok = n == 0 || (n < p->cap && p->bytes + weight <= p->byte_cap);
    pthread_mutex_unlock(&p->mu);
    return ok;
}

/* Puts a job in the window; without worker threads it is processed here and now. */
static void S_pool_submit(S_pool *p, S_job *job)
{
    if (!p->n_threads) {
        pthread_mutex_lock(&p->mu);
        job->direct = p->head == p->tail; /* nothing before it left to write: its parts go out as they come */
        pthread_mutex_unlock(&p->mu);
        S_work(p, job);
        job->done = 1;
    }
    pthread_mutex_lock(&p->mu);
    p->ring[p->tail++ % p->cap] = job;
    p->bytes += job->weight;
    if (p->n_threads)
        pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

/* The oldest job when it is done, waiting for it up to `wait` seconds; NULL when the window is empty or the
 * oldest is still being processed. When the oldest is still being processed but has streamed a part of its output
 * (S_part), that output and its messages are moved to *part and *msgs for the caller to write now (it is next in
 * order), and NULL is returned at once. */
static S_job *S_pool_take(S_pool *p, double wait, S_out *part, xi_buf *msgs)
{
    S_job *job = NULL;
    pthread_mutex_lock(&p->mu);
    if (p->head != p->tail) {
        S_job *first = p->ring[p->head % p->cap];
        if (!first->done && !first->fresh && wait > 0) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            long ns = (long)((wait - (double)(long)wait) * 1e9);
            ts.tv_sec += (time_t)wait + (ts.tv_nsec + ns) / 1000000000L;
            ts.tv_nsec = (ts.tv_nsec + ns) % 1000000000L;
            while (!first->done && !first->fresh)
                if (pthread_cond_timedwait(&p->done, &p->mu, &ts) == ETIMEDOUT)
                    break;
        }
        if (!first->done && first->fresh) {
            S_out_splice(part, &first->out);
            xi_buf tmp = *msgs;
            *msgs = first->msgs; /* swapped: the job keeps an empty buffer */
            first->msgs = tmp;
            first->msgs.len = 0;
            first->fresh = 0;
        }
        if (first->done) {
            job = first;
            p->head++;
            p->bytes -= job->weight;
        }
    }
    pthread_mutex_unlock(&p->mu);
    return job;
}

/* Jobs in the window. */
static size_t S_pool_in_flight(S_pool *p)
{
    pthread_mutex_lock(&p->mu);
    size_t n = (size_t)(p->tail - p->head);
    pthread_mutex_unlock(&p->mu);
    return n;
}

/* Frees a job and whatever it still holds. */
static void S_job_free(S_job *job)
{
    if (!job)
        return;
    xin_item_clear(&job->item);
    S_out_free(&job->out);
    xi_buf_free(&job->msgs);
    free(job);
}

/* Writes all of data to fd, retrying short writes. Returns 0, or the errno of the failure. */
static int S_write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno ? errno : EIO;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Seconds on a clock that only goes forward. */
static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Passes a finished job on: its messages in order, then its output, block after block; counts it. Returns 0, or
 * the errno of a failed write. */
static int S_finish(const xb_config *cfg, S_job *job, xb_progress *st)
{
    S_deliver(cfg, &job->msgs);
    st->docs += (uint64_t)job->is_doc;
    st->claims += job->claims;
    st->errors += (uint64_t)job->errors;
    int e = job->werr;
    if (!e)
        e = S_out_put(cfg, &job->out);
    S_job_free(job);
    return e;
}

/* Takes what the oldest job has for the output, waiting up to `wait` seconds: the whole job when it is done
 * (S_finish), else a part it has streamed, written now. Returns 1 when something was taken (*e: 0 or the errno of
 * a failed write), 0 when nothing was. */
static int S_collect(const xb_config *cfg, S_pool *p, double wait, xb_progress *st, int *e)
{
    S_out part;
    xi_buf msgs;
    memset(&part, 0, sizeof part);
    xi_buf_init(&msgs);
    S_job *job = S_pool_take(p, wait, &part, &msgs);
    int took = job || part.head || msgs.len;
    if (msgs.len)
        S_deliver(cfg, &msgs);
    if (part.head)
        *e = S_out_put(cfg, &part);
    S_out_free(&part);
    xi_buf_free(&msgs);
    if (job) {
        int f = S_finish(cfg, job, st);
        if (!*e)
            *e = f;
    }
    return took;
}

xb_status xb_run(const xb_config *cfg, xin_reader *r, xb_progress *st, int *write_errno)
{
    memset(st, 0, sizeof *st);
    st->total_bytes = cfg->total_bytes;
    st->total_docs = cfg->total_docs;
    *write_errno = 0;
    double start = S_now(), last = start;
    double every = cfg->progress_every > 0 ? cfg->progress_every : 1.0;
    S_pool pool;
    if (S_pool_init(&pool, cfg) < 0) {
        S_pool_free(&pool);
        return XB_NOMEM;
    }
    xb_status status = XB_OK;
    int e = 0;
    if (cfg->output == XB_OUT_TSV || cfg->output == XB_OUT_CSV) {
        xi_buf head;
        xi_buf_init(&head);
        if (extract_write_table_header(cfg->output == XB_OUT_CSV ? EXTRACT_TABLE_CSV : EXTRACT_TABLE_TSV,
                                       S_buf_write, &head) != 0)
            status = XB_NOMEM;
        else
            e = S_write_all(cfg->out_fd, head.data, head.len);
        xi_buf_free(&head);
    }
    S_job *pending = NULL;
    int input_done = 0;
    while (status == XB_OK && !e) {
        while (!e && S_collect(cfg, &pool, 0, st, &e))
            ;
        if (e)
            break;
        if (!pending && !input_done) {
            pending = xi_calloc(1, sizeof *pending);
            int rc = pending ? xin_next(r, &pending->item) : -1;
            if (rc <= 0) {
                S_job_free(pending);
                pending = NULL;
                if (rc < 0) {
                    status = XB_NOMEM;
                    break;
                }
                input_done = 1;
            } else {
                pending->weight = pending->item.len + 4096;
                pending->work = pool.n_threads ? S_charge(cfg, &pending->item) : 0;
            }
        }
        double now = S_now();
        if (cfg->progress && now - last >= every) {
            st->bytes = xin_bytes_read(r);
            st->seconds = now - start;
            cfg->progress(cfg->ctx, st, 0);
            last = now;
        }
        if (pending && S_pool_fits(&pool, pending->weight)) {
            S_pool_submit(&pool, pending);
            pending = NULL;
            continue;
        }
        if (!pending && input_done && S_pool_in_flight(&pool) == 0)
            break;
        S_collect(cfg, &pool, every, st, &e);
    }
    if (e)
        status = e == EPIPE ? XB_CLOSED : XB_WRITE_ERROR;
    *write_errno = e;
    /* After a failure: stop the documents being streamed, let the workers finish what they hold, and drop it. */
    S_job_free(pending);
    pthread_mutex_lock(&pool.mu);
    pool.cancel = 1;
    pthread_mutex_unlock(&pool.mu);
    S_job *job;
    while (S_pool_in_flight(&pool)) {
        S_out part;
        xi_buf msgs;
        memset(&part, 0, sizeof part);
        xi_buf_init(&msgs);
        if ((job = S_pool_take(&pool, 1.0, &part, &msgs)))
            S_job_free(job);
        S_out_free(&part);
        xi_buf_free(&msgs);
    }
    S_pool_free(&pool);
    st->work_peak = pool.work_peak; /* the workers joined */
    st->bytes = xin_bytes_read(r);
    st->seconds = S_now() - start;
    if (cfg->progress)
        cfg->progress(cfg->ctx, st, 1);
    return status;
}
