// Screen -> PDF: the text engine lays each paragraph out (so Urdu, Arabic
// and the Indic scripts come out shaped as on screen) and cairo draws its
// glyphs, by glyph id, into a PDF held in a string. Sizes are in points: one
// text-engine pixel is one PDF point. Depends on the core's Screen, the text
// engine, cairo and libqrencode; never on a printer, a file or the kiosk.
#include "render/pdf/pdf_renderer.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/url/link.h"

namespace signpost::render::pdf {

namespace {

using core::view::Action;
using core::view::Element;
using core::view::ErrorSummary;
using core::view::Heading;
using core::view::List;
using core::view::Notice;
using core::view::Outcome;
using core::view::Overloaded;
using core::view::Paragraph;
using core::view::Question;
using core::view::Screen;
using core::view::Search;
using core::view::Service;
using core::view::StepItem;
using core::view::Steps;
using core::view::Summary;
using core::view::CodeEntry;
using core::view::Contacts;
using core::view::Fold;
using core::view::FoldEnd;
using core::view::Request;
using core::view::ResumeCode;
using core::view::Todo;

constexpr double kPageWidth = 595.276, kPageHeight = 841.89;  // A4 in points
constexpr double kMargin = 48;
constexpr float kBody = 11, kSmall = 8.5f;

struct Para {
  explicit Para(float size_pt = kBody, bool is_bold = false, float indent_pt = 0)
      : size(size_pt), bold(is_bold), indent(indent_pt) {}
  float size;
  bool bold;
  float indent;      // from the screen's start side
  std::string lang;  // empty: the screen's
  bool ltr = false;  // a service's own words in a left-to-right language
};

// Writes paragraphs down the page, starting a new page between lines when the
// next line would not fit, and keeps them clear of the QR code on page 1.
class PageWriter {
 public:
  PageWriter(cairo_t* cr, render::text::TextEngine& text, const Screen& screen)
      : cr_(cr), text_(text), rtl_(screen.dir == "rtl"), lang_(screen.locale) {}
  ~PageWriter() {
    for (auto* face : faces_)
      if (face != nullptr) cairo_font_face_destroy(face);
  }
  PageWriter(const PageWriter&) = delete;
  PageWriter& operator=(const PageWriter&) = delete;

  void paragraph(std::string_view words, const Para& p = Para());
  void space(double points) { y_ += points; }
  // Starts a new page unless `points` more fit on this one (keeps a heading with what follows).
  void keep(double points) {
    if (y_ + points > kPageHeight - kMargin && y_ > kMargin) new_page();
  }
  void rule();
  void qr(const std::vector<bool>& dark, int size, const std::string& caption);
  // The next words start a new page (a letter starts on its own page).
  void page_break() {
    if (y_ > kMargin) new_page();
  }

 private:
  void new_page() {
    cairo_show_page(cr_);
    y_ = kMargin;
    ++page_;
  }
  // The column's left and right edges here, after any indent.
  std::pair<double, double> column(float indent) const;
  void draw_line(const render::text::TextLayout& layout, const render::text::LineBox& box, double x, double baseline,
                 float size);
  cairo_font_face_t* font_face(int face);

  cairo_t* cr_;
  render::text::TextEngine& text_;
  bool rtl_;
  std::string lang_;
  double y_ = kMargin;
  int page_ = 1;
  double corner_bottom_ = 0, corner_width_ = 0;  // the QR code's corner of page 1
  std::vector<cairo_font_face_t*> faces_;
};

std::pair<double, double> PageWriter::column(float indent) const {
  double left = kMargin, right = kPageWidth - kMargin;
  if (page_ == 1 && y_ < corner_bottom_) {
    if (rtl_) left += corner_width_;
    else right -= corner_width_;
  }
  if (rtl_) right -= indent;
  else left += indent;
  return {left, right};
}

void PageWriter::paragraph(std::string_view words, const Para& p) {
  if (words.empty()) return;
  const auto [left, right] = column(p.indent);
  const render::text::TextStyle style{p.size, p.bold, p.lang.empty() ? lang_ : p.lang};
  const bool rtl = rtl_ && !p.ltr;
  // The layout is the engine's (valid until its cache moves on): draw it at once.
  const render::text::TextLayout& layout = text_.lay_out(words, style, static_cast<float>(right - left), rtl);
  if (layout.line_boxes.empty()) return;
  const float first_baseline = layout.line_boxes.front().baseline;
  for (const auto& box : layout.line_boxes) {
    if (y_ + layout.line_height > kPageHeight - kMargin && y_ > kMargin) new_page();
    draw_line(layout, box, left, y_ + first_baseline, p.size);
    y_ += layout.line_height;
  }
  y_ += p.size * 0.45;
}

void PageWriter::draw_line(const render::text::TextLayout& layout, const render::text::LineBox& box, double x,
                           double baseline, float size) {
  std::vector<cairo_glyph_t> run;
  int face = -1;
  auto flush = [&] {
    if (run.empty()) return;
    cairo_set_font_face(cr_, font_face(face));
    cairo_set_font_size(cr_, size);
    cairo_show_glyphs(cr_, run.data(), static_cast<int>(run.size()));
    run.clear();
  };
  for (int i = box.first_glyph; i < box.first_glyph + box.glyph_count; ++i) {
    const auto& g = layout.glyphs[static_cast<std::size_t>(i)];
    if (g.face != face) {
      flush();
      face = g.face;
    }
    run.push_back({g.glyph, x + g.x, baseline + (g.y - box.baseline)});
  }
  flush();
}

cairo_font_face_t* PageWriter::font_face(int face) {
  if (face >= static_cast<int>(faces_.size())) faces_.resize(static_cast<std::size_t>(face) + 1, nullptr);
  auto& slot = faces_[static_cast<std::size_t>(face)];
  // The engine owns the FT_Face and outlives the PDF, which is finished
  // (its fonts embedded) before this writer and the faces go.
  if (slot == nullptr) slot = cairo_ft_font_face_create_for_ft_face(static_cast<FT_Face>(text_.ft_face(face)), FT_LOAD_NO_HINTING);
  return slot;
}

void PageWriter::rule() {
  const auto [left, right] = column(0);
  cairo_set_source_rgb(cr_, 0.55, 0.55, 0.55);
  cairo_set_line_width(cr_, 0.6);
  cairo_move_to(cr_, left, y_);
  cairo_line_to(cr_, right, y_);
  cairo_stroke(cr_);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  y_ += 8;
}

// Each row's runs of dark modules as one rectangle, so that no hairline seams
// show between neighbouring modules in a viewer or on paper.
void PageWriter::qr(const std::vector<bool>& dark, int size, const std::string& caption) {
  const int quiet = 4;  // modules of white all round, as the standard asks
  const double block = std::clamp((size + 2 * quiet) * 1.6, 120.0, 170.0);
  const double module = block / (size + 2 * quiet);
  const double x0 = rtl_ ? kMargin : kPageWidth - kMargin - block;
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size;) {
      if (!dark[static_cast<std::size_t>(y * size + x)]) {
        ++x;
        continue;
      }
      int end = x;
      while (end < size && dark[static_cast<std::size_t>(y * size + end)]) ++end;
      cairo_rectangle(cr_, x0 + (quiet + x) * module, kMargin + (quiet + y) * module, (end - x) * module, module);
      x = end;
    }
  }
  cairo_fill(cr_);
  double bottom = kMargin + block;
  if (!caption.empty()) {
    const render::text::TextStyle style{kSmall, false, lang_};
    const auto& layout = text_.lay_out(caption, style, static_cast<float>(block - 2 * quiet * module), rtl_);
    for (const auto& box : layout.line_boxes)
      draw_line(layout, box, x0 + quiet * module, bottom + box.baseline, kSmall);
    bottom += layout.height;
  }
  corner_bottom_ = bottom + 12;
  corner_width_ = block + 16;
}

// --- the screen's elements

std::string label(const Screen& screen, const std::string& name) {
  auto it = screen.labels.find(name);
  return it == screen.labels.end() ? std::string() : it->second;
}

std::string text_or_ideas(const std::string& text, const std::vector<core::view::Idea>& ideas) {
  if (!text.empty()) return text;
  std::string out;
  for (const auto& idea : ideas) out += (out.empty() ? "" : "\n") + idea.text;
  return out;
}

void heading(PageWriter& w, const std::string& words, int level) {
  const float size = level <= 1 ? 20.0f : level == 2 ? 15.0f : 12.5f;
  w.space(level <= 1 ? 0 : 6);
  w.keep(size * 4);
  w.paragraph(words, Para(size, true));
}

void bullets(PageWriter& w, const std::vector<std::string>& items) {
  const Para p = Para(kBody, false, 10);
  for (const auto& item : items) w.paragraph("\u2022 " + item, p);
}

void labelled(PageWriter& w, const std::string& title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  w.keep(kBody * 4);
  w.paragraph(title, Para(kBody, true));
  bullets(w, items);
}

// A contact's published phone, email and web page.
void reach(PageWriter& w, const Screen& s, const core::view::ContactItem& given) {
  const core::view::ContactItem c = core::view::linkable(given);
  if (!c.phone.empty()) w.paragraph(label(s, "phone") + ": " + c.phone, Para(kBody, false, 10));
  if (!c.email.empty()) w.paragraph(label(s, "email") + ": " + c.email, Para(kBody, false, 10));
  if (!c.url.empty()) w.paragraph(label(s, "website") + ": " + c.url, Para(kBody, false, 10));
}

void contact(PageWriter& w, const Screen& s, const core::view::ContactItem& c) {
  w.paragraph(c.name, Para(kBody, true, 10));
  w.paragraph(c.how, Para(kBody, false, 10));
  reach(w, s, c);
}

void outcome(PageWriter& w, const Screen& s, const core::view::OutcomeCard& o) {
  w.keep(kBody * 8);
  w.rule();
  w.paragraph(o.title, Para(13.5f, true));
  w.paragraph(o.status_text, Para(kBody, true));
  w.paragraph(text_or_ideas(o.summary, o.summary_ideas));
  for (const auto& wait : o.waits) w.paragraph(wait, Para(kBody, true));
  if (!o.who.empty()) labelled(w, label(s, "who"), {text_or_ideas(o.who, o.who_ideas)});
  std::vector<std::string> why;
  for (const auto& r : o.reasons)
    if (r.decisive) why.push_back(label(s, "result." + r.result) + " " + r.text);
  labelled(w, label(s, "why"), why);
  labelled(w, label(s, "check"), o.checks);
  if (!o.assessed_by.empty()) {
    w.paragraph(label(s, "assessed_by"), Para(kBody, true));
    for (const auto& c : o.assessed_by) contact(w, s, c);
  }
  labelled(w, label(s, "next"), o.next_steps);
  labelled(w, label(s, "otherwise"), o.otherwise);
  labelled(w, o.providers_label, o.providers);
}

void service(PageWriter& w, const Screen& s, const core::view::ServiceCard& c) {
  w.keep(kBody * 6);
  w.rule();
  Para name(13.0f, true), description;  // the provider's words, in their language when it is not the screen's
  name.lang = description.lang = c.lang;
  name.ltr = description.ltr = !c.lang.empty();
  w.paragraph(c.name, name);
  w.paragraph(c.demo, Para(kBody, true));
  w.paragraph(c.near.empty() ? c.travel : c.travel + " (" + c.near + ")");
  w.paragraph(c.description, description);
  for (const auto& [name, value] : {std::pair{"tier", c.tier_name}, {"when", c.when}, {"ages", c.ages}, {"cost", c.cost}})
    if (!value.empty()) w.paragraph(label(s, name) + ": " + value);
  labelled(w, label(s, "access"), c.access);
  if (!c.contact.phone.empty() || !c.contact.email.empty() || !c.contact.url.empty()) contact(w, s, c.contact);
}

void element(PageWriter& w, const Screen& s, const Element& e) {
  std::visit(Overloaded{
                 [&](const Heading& h) { heading(w, h.text, h.level); },
                 [&](const Paragraph& p) { w.paragraph(text_or_ideas(p.text, p.ideas)); },
                 [&](const Notice& n) { w.paragraph(text_or_ideas(n.text, n.ideas), Para(kBody, true)); },
                 [&](const List& l) { bullets(w, l.items); },
                 [&](const Summary& summary) {
                   for (const auto& row : summary.rows) {
                     w.keep(kBody * 3);
                     w.paragraph(row.label, Para(kBody, true));
                     w.paragraph(row.value, Para(kBody, false, 10));
                   }
                 },
                 [&](const Outcome& o) { outcome(w, s, o.card); },
                 [&](const Steps& steps) {
                   for (std::size_t i = 0; i < steps.steps.size(); ++i) {
                     const StepItem& step = steps.steps[i];
                     w.keep(kBody * 4);
                     w.paragraph(std::to_string(i + 1) + ". " + step.title, Para(kBody, true));
                     w.paragraph(text_or_ideas(step.body, step.body_ideas), Para(kBody, false, 10));
                   }
                 },
                 [&](const Service& c) { service(w, s, c.card); },
                 [&](const Todo& t) {
                   for (std::size_t i = 0; i < t.items.size(); ++i) {
                     const auto& item = t.items[i];
                     w.keep(kBody * 5);
                     w.paragraph(std::to_string(i + 1) + ". " + item.title, Para(kBody, true));
                     w.paragraph(text_or_ideas(item.body, item.body_ideas), Para(kBody, false, 10));
                     for (const auto& c : item.contacts) reach(w, s, c);
                   }
                 },
                 // A printout shows what the screen folds away, under its summary.
                 [&](const Fold& f) { heading(w, f.summary, 2); },
                 [](const FoldEnd&) {},
                 [&](const Contacts& c) {
                   for (const auto& item : c.items) contact(w, s, item);
                 },
                 [&](const Request& r) {
                   w.paragraph(r.lead);
                   contact(w, s, r.to);
                   w.paragraph(r.email_missing);
                   w.keep(kBody * 4);
                   w.paragraph(r.phone_heading, Para(kBody, true));
                   w.paragraph(r.phone_script);
                 },
                 // Buttons, questions, search boxes and the code box do nothing
                 // on paper; the resume code is printed under the QR code.
                 [&](const core::view::Pathway& p) {
                   for (std::size_t i = 0; i < p.steps.size(); ++i)
                     w.paragraph(std::to_string(i + 1) + ". " + p.steps[i].title + (p.steps[i].when.empty() ? "" : " (" + p.steps[i].when + ")"),
                                 Para(kBody, false, 10));
                 },
                 [](const ResumeCode&) {},
                 [](const CodeEntry&) {},
                 [](const ErrorSummary&) {},
                 [](const Question&) {},
                 [](const Action&) {},
                 [](const Search&) {},
             },
             e);
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Makes a PDF in memory: `draw` writes its pages.
template <typename Draw>
std::string make_pdf(const Screen& screen, render::text::TextEngine& text, Draw draw) {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_bytes, &pdf, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, screen.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Signpost kiosk");
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  {
    PageWriter w(cr, text, screen);
    draw(w);
    cairo_destroy(cr);
    cairo_surface_finish(surface);  // embeds the fonts: the writer's faces must still be alive
  }
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  return ok ? pdf : std::string();
}

void letter(PageWriter& w, const core::view::Letter& l, const Request& r) {
  const bool english = l.locale == "en-GB";
  // Small enough that each letter, in any script, fits on one page.
  Para body(10.0f);
  body.lang = l.locale;
  Para title(15.0f, true);
  title.lang = l.locale;
  w.paragraph(l.title, title);
  w.space(6);
  w.paragraph(l.to, body);
  w.space(6);
  for (const auto& p : l.paragraphs) w.paragraph(p, body);
  w.space(4);
  w.paragraph(l.answers_label, body);
  Para item = body;
  item.indent = 10;
  for (const auto& row : r.rows) w.paragraph("\u2022 " + (english ? row.label_en + ": " + row.value_en : row.label + ": " + row.value), item);
  w.space(6);
  // The lines to fill in by hand, two to a line where two fit (a page holds
  // every letter, even in a script with tall lines).
  for (std::size_t i = 0; i < l.fields.size(); i += 2) {
    std::string line = l.fields[i] + ": ____________________";
    if (i + 1 < l.fields.size()) line += "      " + l.fields[i + 1] + ": ____________________";
    w.paragraph(line, body);
  }
  w.space(4);
  // The closing words, then the lines to sign and date, side by side.
  std::string sign;
  for (std::size_t i = 0; i < l.closing.size(); ++i) {
    if (i == 0) w.paragraph(l.closing[i], body);
    else sign += (sign.empty() ? "" : "      ") + l.closing[i] + ": ________________";
  }
  w.space(8);
  w.paragraph(sign, body);
}

}  // namespace

std::string letter_pdf(const Screen& screen, const Request& request, render::text::TextEngine& text) {
  return make_pdf(screen, text, [&](PageWriter& w) {
    for (std::size_t i = 0; i < request.letters.size(); ++i) {
      if (i > 0) w.page_break();
      letter(w, request.letters[i], request);
    }
  });
}

std::string result_pdf(const Screen& screen, render::text::TextEngine& text, const std::string& qr_text) {
  return make_pdf(screen, text, [&](PageWriter& w) {
    if (core::url::web_link(qr_text, true)) {  // only a web address is ever made a code
      // libqrencode directly, as kiosk/core's qr_code() does: platform code
      // does not depend on the kiosk's logic.
      std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(qr_text.c_str(), 0, QR_ECLEVEL_M),
                                                            QRcode_free);
      if (code) {
        std::vector<bool> dark(static_cast<std::size_t>(code->width) * code->width);
        for (std::size_t i = 0; i < dark.size(); ++i) dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark
        // The resume code under the QR code: the same answers, to type in.
        std::string caption = label(screen, "take_away.qr");
        for (const auto& e : screen.elements)
          if (const auto* code = std::get_if<ResumeCode>(&e)) caption += (caption.empty() ? "" : " ") + code->label + ": " + code->code;
        w.qr(dark, code->width, caption);
      }
    }
    if (!screen.draft_notice.empty()) w.paragraph(screen.draft_notice, Para(kBody, true));
    for (const auto& e : screen.elements) element(w, screen, e);
  });
}

}  // namespace signpost::render::pdf
