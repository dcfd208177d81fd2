package org.juesuan.audit.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the statements of a narrative that need no phrasing data (通用表述识别): changes with their direction words,
 * shares, completions of a budget and lists of item names, in the ordinary wording of 情况说明 everywhere.
 *
 * <ul>
 *   <li>A change is a direction word followed by an amount, a rate or both ({@code 减少4.69万元，减少1.74%}), or 持平.
 *       Its current amount is the last amount before it in the same sentence — or in the sentence before, when its
 *       own starts with a comparison (与…相比, 比…, 较…) — that is not itself a change or the prior amount; its prior
 *       amount is one the sentence names as such (比上年的…万元, 上年为…万元).
 *   <li>A share is {@code 占…%}, with the amount just before it. Shares of one paragraph with the same whole, or of
 *       consecutive numbered paragraphs, form one list.
 *   <li>A completion is a budget with its actual amount (年初预算为…，支出决算为…), a completion rate (完成…预算的…%,
 *       执行率…%), or both.
 *   <li>A list is {@code 主要包括：…、…} or {@code 主要（是）用于…和…支出}.
 * </ul>
 *
 * <p>Not thread-safe; one per reading of a document.
 */
final class StatementScanner {

    private static final String RATE = "[-+]?\\d{1,6}(?:\\.\\d{1,6})?";
    private static final String AMOUNT = "(?<![\\d.]|\\d,)[-+]?(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.\\d{1,8})?";
    private static final Pattern CHANGE = Pattern.compile("(?<w>" + Direction.CHANGE_WORDS + ")了?(?:(?<c>" + AMOUNT
            + ")(?<cu>万元?|元)(?:[，,](?:同比|较上年|比上年)?(?<rw>" + Direction.CHANGE_WORDS + ")?了?(?<r>(?<![\\d.])"
            + RATE + ")[%％])?|(?<r2>(?<![\\d.])" + RATE + ")[%％])");
    private static final Pattern FLAT = Pattern.compile("持平(?:[，,]?(?:增减|变动|相差|差额)?(?:" + Direction.CHANGE_WORDS
            + ")?了?(?:为)?(?<c>" + AMOUNT + ")(?<cu>万元?|元))?(?:[，,]?(?:增减|变动)?(?:幅度|率)?(?:"
            + Direction.CHANGE_WORDS + ")?了?(?:为)?(?<r>(?<![\\d.])" + RATE + ")[%％])?");
    private static final Pattern PRIOR = Pattern.compile("(?:(?:[比较与](?:上年度?|上一年度?|\\d{4}年度?)(?:决算数?)?的?)"
            + "|(?:上年度?(?:决算数?)?(?:为|是)?))(?<p>" + AMOUNT + ")(?<pu>万元?|元)");
    private static final Pattern NO_BASE = Pattern.compile("无可比性|上年度?(?:决算数?)?(?:为0(?![.\\d])|为零|无)");
    private static final Pattern COMPARISON = Pattern.compile("与(?<b>[^，,。；;]{1,20}?)相比");
    private static final Pattern SHARE =
            Pattern.compile("(?:(?<p>" + AMOUNT + ")(?<pu>万元?|元)[，,]?)?占(?<wh>[^\\d%％。；;，,：:]{0,30}?)"
                    + "的?(?:比重|比例)?(?:为)?(?<s>(?<![\\d.])" + RATE + ")[%％]");
    private static final Pattern PAIR = Pattern.compile("(?:年初|全年)?预算(?:数)?(?:为|是)?(?<b>" + AMOUNT
            + ")(?<bu>万元?|元)[，,]?[^，,。；;\\d]{0,12}?(?:决算(?:数)?|执行(?:数)?)(?:为|是)?(?<a>" + AMOUNT + ")(?<au>万元?|元)");
    private static final Pattern COMPLETION =
            Pattern.compile("(?:完成(?:年初|全年)?预算(?:数)?的?|执行率(?:为)?)(?<r>(?<![\\d.])" + RATE + ")[%％]");
    private static final Pattern ADJACENT_COMPLETION = Pattern.compile("[，,]?" + COMPLETION.pattern());
    private static final Pattern ACTUAL_BEFORE =
            Pattern.compile("(?:决算(?:数)?|执行(?:数)?)(?:为|是)?(?<a>" + AMOUNT + ")(?<au>万元?|元)[，,]?$");
    private static final Pattern INCLUDES = Pattern.compile("主要(?:包括|有)[：:](?<l>[^。；;]+)");
    private static final Pattern USES =
            Pattern.compile("主要(?:是)?用于(?<l>[^。；;，,：:“”\"]+?)(?:等)?(?:方面)?(?:的)?支出(?=[。；;]|$)");
    private static final Pattern LAST_AND = Pattern.compile("^(.+)(?:以及|和|及)(.+)$");
    private static final Pattern OPENERS = Pattern.compile("^(?:与|比|较|同比)");

    private final List<Statement> statements = new ArrayList<>();
    private int lists;
    private @Nullable ListState last;

    private record ListState(int id, String whole, List<String> headings, boolean numbered) {}

    /** Notes a heading: a list of shares does not run across it. */
    void heading() {
        last = null;
    }

    /** Reads the statements of a paragraph. */
    void scan(ParagraphText paragraph) {
        Set<Integer> taken = new HashSet<>();
        changes(paragraph, taken);
        boolean shares = shares(paragraph);
        if (!shares) {
            last = null;
        }
        completions(paragraph);
        lists(paragraph);
    }

    /** Returns the statements read, in document order per kind within a paragraph. */
    List<Statement> statements() {
        return List.copyOf(statements);
    }

    // ---- changes ----

    private void changes(ParagraphText p, Set<Integer> taken) {
        String text = p.text();
        Matcher change = CHANGE.matcher(text);
        while (change.find()) {
            if (change.group("c") != null) {
                taken.add(change.start("c"));
            }
        }
        Set<Integer> priors = new HashSet<>();
        Matcher prior = PRIOR.matcher(text);
        while (prior.find()) {
            priors.add(prior.start("p"));
        }
        change = CHANGE.matcher(text);
        while (change.find()) {
            int w = change.start("w");
            Direction direction = Direction.ofWord(change.group("w")).orElseThrow();
            StatedAmount amount = change.group("c") == null
                    ? null
                    : p.amount(change.start("c"), change.end("c"), change.group("cu"))
                            .orElse(null);
            String rateGroup = change.group("r") != null ? "r" : "r2";
            StatedPercent rate =
                    change.group(rateGroup) == null ? null : p.percent(change.start(rateGroup), change.end(rateGroup));
            String rateWord = change.group("rw") == null ? "" : change.group("rw");
            add(p, w, direction, change.group("w"), amount, rateWord, rate, taken, priors);
        }
        Matcher flat = FLAT.matcher(text);
        while (flat.find()) {
            StatedAmount amount = flat.group("c") == null
                    ? null
                    : p.amount(flat.start("c"), flat.end("c"), flat.group("cu")).orElse(null);
            StatedPercent rate = flat.group("r") == null ? null : p.percent(flat.start("r"), flat.end("r"));
            add(p, flat.start(), Direction.FLAT, "持平", amount, "", rate, taken, priors);
        }
    }

    private void add(
            ParagraphText p,
            int w,
            Direction direction,
            String word,
            @Nullable StatedAmount change,
            String rateWord,
            @Nullable StatedPercent rate,
            Set<Integer> taken,
            Set<Integer> priors) {
        String text = p.text();
        int sentence = p.sentenceStart(w);
        // the subject and what it is compared with: the clause before the direction word
        int clause = p.clauseStart(w);
        String subject = p.subject(clause, w);
        String basis = "";
        Matcher comparison = COMPARISON.matcher(subject);
        if (comparison.find()) {
            basis = comparison.group("b");
            subject = subject.substring(0, comparison.start()) + subject.substring(comparison.end());
        } else {
            int cut = Math.max(subject.indexOf('比'), subject.indexOf('较'));
            if (cut >= 0) {
                basis = subject.substring(cut + 1);
                subject = subject.substring(0, cut);
            }
        }
        if (basis.isEmpty()) {
            Matcher before = COMPARISON.matcher(text.substring(sentence, w));
            if (before.find()) {
                basis = before.group("b");
            }
        }
        StatedAmount prior = null;
        Matcher priorMatch = PRIOR.matcher(text).region(sentence, w);
        while (priorMatch.find()) {
            prior = p.amount(priorMatch.start("p"), priorMatch.end("p"), priorMatch.group("pu"))
                    .orElse(prior);
        }
        // the current amount: in this sentence, or the one before when this one opens with the comparison
        int from = sentence;
        if (OPENERS.matcher(text.substring(sentence, w)).lookingAt() && sentence > 0) {
            from = p.sentenceStart(sentence - 1);
        }
        ParagraphText.Found current = null;
        for (ParagraphText.Found found : p.amounts()) {
            if (found.start() >= from
                    && found.end() <= w
                    && !taken.contains(found.start())
                    && !priors.contains(found.start())) {
                current = found;
            }
        }
        if (subject.isEmpty() && current != null) {
            subject = p.subject(p.clauseStart(current.start()), current.start());
        }
        String sentenceText = text.substring(sentence, p.sentenceEnd(w));
        boolean noBase = NO_BASE.matcher(sentenceText).find();
        statements.add(new ChangeStatement(
                subject,
                basis,
                current == null ? null : current.amount(),
                prior,
                direction,
                word,
                change,
                rateWord,
                rate,
                noBase,
                p.headings(),
                p.sentence(w),
                p.sentenceSource(w)));
    }

    // ---- shares ----

    private boolean shares(ParagraphText p) {
        Matcher share = SHARE.matcher(p.text());
        boolean any = false;
        boolean first = true;
        while (share.find()) {
            any = true;
            String whole = share.group("wh").equals("比") ? "" : share.group("wh");
            StatedAmount part = share.group("p") == null
                    ? null
                    : p.amount(share.start("p"), share.end("p"), share.group("pu"))
                            .orElse(null);
            int subjectEnd = share.group("p") == null ? share.start() : share.start("p");
            String subject = p.subject(p.clauseStart(subjectEnd), subjectEnd);
            boolean continues = last != null
                    && last.whole().equals(whole)
                    && (!first
                            || (p.isNumberedItem()
                                    && last.numbered()
                                    && last.headings().equals(p.headings())));
            int id = continues ? last.id() : ++lists;
            last = new ListState(id, whole, p.headings(), p.isNumberedItem());
            first = false;
            statements.add(new ShareStatement(
                    subject,
                    part,
                    whole,
                    p.percent(share.start("s"), share.end("s")),
                    id,
                    p.headings(),
                    p.sentence(share.start()),
                    p.sentenceSource(share.start())));
        }
        return any;
    }

    // ---- completions ----

    private void completions(ParagraphText p) {
        String text = p.text();
        Set<Integer> rates = new HashSet<>();
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            StatedAmount budget =
                    p.amount(pair.start("b"), pair.end("b"), pair.group("bu")).orElse(null);
            StatedAmount actual =
                    p.amount(pair.start("a"), pair.end("a"), pair.group("au")).orElse(null);
            StatedPercent rate = null;
            Matcher next = ADJACENT_COMPLETION.matcher(text).region(pair.end(), text.length());
            if (next.lookingAt()) {
                rate = p.percent(next.start("r"), next.end("r"));
                rates.add(next.start("r"));
            }
            int start = pair.start();
            statements.add(new CompletionStatement(
                    completionSubject(p, start),
                    budget,
                    actual,
                    rate,
                    p.headings(),
                    p.sentence(start),
                    p.sentenceSource(start)));
        }
        Matcher completion = COMPLETION.matcher(text);
        while (completion.find()) {
            if (rates.contains(completion.start("r"))) {
                continue;
            }
            Matcher before =
                    ACTUAL_BEFORE.matcher(text).region(p.sentenceStart(completion.start()), completion.start());
            StatedAmount actual = null;
            int start = completion.start();
            if (before.find()) {
                actual = p.amount(before.start("a"), before.end("a"), before.group("au"))
                        .orElse(null);
                start = before.start();
            }
            statements.add(new CompletionStatement(
                    completionSubject(p, start),
                    null,
                    actual,
                    p.percent(completion.start("r"), completion.end("r")),
                    p.headings(),
                    p.sentence(completion.start()),
                    p.sentenceSource(completion.start())));
        }
    }

    /** The subject of a budget: the text before it in its sentence, else the first sentence of a numbered item. */
    private static String completionSubject(ParagraphText p, int start) {
        String text = p.text();
        int sentence = p.sentenceStart(start);
        String subject =
                p.subject(sentence, start).replaceFirst("(?:年初|全年)$", "").replaceFirst("[，,：:]+$", "");
        if (subject.isEmpty() && sentence > 0) {
            int end = p.sentenceEnd(0) - 1;
            String first = p.subject(0, Math.max(0, end));
            boolean figures = p.amounts().stream().anyMatch(a -> a.start() < end);
            if (!figures && end < text.length()) {
                subject = first;
            }
        }
        return subject;
    }

    // ---- lists of names ----

    private void lists(ParagraphText p) {
        list(p, INCLUDES.matcher(p.text()), ItemList.Kind.INCLUDES);
        list(p, USES.matcher(p.text()), ItemList.Kind.USES);
    }

    private void list(ParagraphText p, Matcher m, ItemList.Kind kind) {
        while (m.find()) {
            int start = m.start("l");
            int end = m.end("l");
            boolean open = false;
            String listText = p.text().substring(start, end);
            if (listText.endsWith("等")) {
                open = true;
                end--;
            }
            List<ItemList.Item> items = new ArrayList<>();
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || p.text().charAt(i) == '、') {
                    item(p, from, i, kind == ItemList.Kind.USES && i == end, items);
                    from = i + 1;
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            ParagraphText.Found amount = null;
            for (ParagraphText.Found found : p.amounts()) {
                if (found.end() <= m.start()) {
                    amount = found;
                }
            }
            String subject = amount == null
                    ? p.subject(p.clauseStart(m.start()), m.start())
                    : p.subject(p.clauseStart(amount.start()), amount.start());
            statements.add(new ItemList(
                    kind,
                    subject,
                    amount == null ? null : amount.amount(),
                    items,
                    p.printed(m.start("l"), m.end("l")).strip(),
                    open,
                    p.headings(),
                    p.sentence(m.start()),
                    p.sentenceSource(m.start())));
        }
    }

    /** Adds the name at a compact span; the last name of a list of uses may join two with 和, 及 or 以及. */
    private static void item(ParagraphText p, int start, int end, boolean joined, List<ItemList.Item> items) {
        if (end <= start) {
            return;
        }
        String name = p.text().substring(start, end);
        Matcher and = LAST_AND.matcher(name);
        if (joined && and.matches()) {
            items.add(new ItemList.Item(and.group(1), p.at(start)));
            items.add(new ItemList.Item(and.group(2), p.at(start + and.start(2))));
            return;
        }
        items.add(new ItemList.Item(name, p.at(start)));
    }
}
