#!/usr/bin/env python3
"""The curator of the soak test (benchmarks/soak.sh): signs in through the real form, then appends a numbered marker
to one film's synopsis every second through the film editor, as a browser would (every field of the form sent back,
its antiforgery token included), until the deadline. Then reads the public page and the film's history, and prints
what was made and found. Speaks to the catalogue as a TLS-terminating proxy would (X-Forwarded-Proto: https), since
the catalogue runs in Production with Secure cookies.

    soak_curator.py BASE_URL EMAIL PASSWORD FILM_SLUG SECONDS
"""
import html.parser
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Form(html.parser.HTMLParser):
    """The fields of the first form of the class `css_class`, as a browser would submit them."""

    def __init__(self, css_class):
        super().__init__(convert_charrefs=True)
        self.css_class, self.found, self.inside, self.action, self.fields = css_class, False, False, "", []
        self.textarea = self.select = None
        self.select_value = self.select_first = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.found and self.css_class in (a.get("class") or "").split():
            self.found = self.inside = True
            self.action = a.get("action") or ""
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image") or (kind in ("checkbox", "radio") and "checked" not in a):
                return
            self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select, self.select_value, self.select_first = a["name"], None, None
        elif tag == "option" and self.select is not None:
            value = a.get("value") or ""
            self.select_first = value if self.select_first is None else self.select_first
            if "selected" in a:
                self.select_value = value

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the one newline that may follow <textarea>.
            self.fields.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append((self.select, self.select_value if self.select_value is not None else self.select_first or ""))
            self.select = None


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Keeps cookies by hand: they are Secure, and this side of the proxy is plain http."""

    def __init__(self, base):
        self.base, self.cookies = base, {}
        self.opener = urllib.request.build_opener(NoRedirects)

    def send(self, path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(urllib.parse.urljoin(self.base, path), data=data, headers={
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        })
        try:
            response = self.opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value:
                self.cookies[name] = value
            else:
                self.cookies.pop(name, None)
        return response.status, response.headers.get("Location"), response.read().decode("utf-8", "replace")

    def form(self, path, css_class):
        status, _, page = self.send(path)
        if status != 200:
            raise RuntimeError(f"GET {path} gave {status}")
        parser = Form(css_class)
        parser.feed(page)
        if not parser.found:
            raise RuntimeError(f"no form.{css_class} on {path}")
        return parser.action or path, parser.fields


def main(base, email, password, slug, seconds):
    browser = Browser(base)
    action, fields = browser.form("/account/login", "form-stack")
    fields = [(k, v) for k, v in fields if k not in ("Email", "Password")] + [("Email", email), ("Password", password)]
    status, _, _ = browser.send(action, fields)
    if status != 302:
        raise RuntimeError(f"sign-in gave {status}")
    _, location, _ = browser.send(f"/admin/films/by-slug/{slug}")
    editor = urllib.parse.urlparse(location).path
    film_id = int(re.search(r"/admin/films/(\d+)/edit", editor).group(1))

    made, failed, started = 0, [], time.monotonic()
    deadline = started + seconds
    while time.monotonic() < deadline:
        tick = time.monotonic()
        number = made + 1
        try:
            action, fields = browser.form(editor, "film-editor")
            fields = [(k, (v.rstrip() + f" [soak edit {number}]").strip() if k == "Input.SynopsisMarkdown" else v) for k, v in fields]
            status, _, _ = browser.send(action, fields)
            if status == 302:
                made = number
            else:
                failed.append(f"edit {number}: {status}")
        except (OSError, RuntimeError) as error:
            failed.append(f"edit {number}: {error}")
        time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))

    _, _, page = browser.send(f"/films/{slug}")
    on_page = [int(n) for n in re.findall(r"\[soak edit (\d+)\]", page)]
    _, _, history = browser.send(f"/admin/films/{film_id}/history")
    headings = re.findall(r'<li class="revision"[^>]*>\s*<h2>(.*?)</h2>', history, re.DOTALL)
    revisions = sum(1 for h in headings if f"by {email}" in " ".join(h.split()))
    print(f"film={slug} id={film_id}")
    print(f"edits_made={made}")
    print(f"edits_failed={len(failed)}")
    for line in failed[:20]:
        print(f"  {line}")
    print(f"edits_on_public_page={len(on_page)} in_order={on_page == list(range(1, made + 1))}")
    print(f"edit_revisions_in_history_page={revisions}")
    print(f"edit_seconds={time.monotonic() - started:.0f}")


if __name__ == "__main__":
    base, email, password, slug, seconds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
    main(base, email, password, slug, seconds)
