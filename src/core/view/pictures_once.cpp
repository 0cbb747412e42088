#include "core/view/pictures_once.h"

#include <set>
#include <string>

namespace signpost::core::view {
namespace {

class Once {
 public:
  void operator()(std::vector<Idea>& ideas) {
    for (auto& idea : ideas)
      if (!idea.picture.empty() && !seen_.insert(idea.picture).second) {
        idea.picture.clear();
        idea.alt.clear();
      }
  }

 private:
  std::set<std::string> seen_;
};

}  // namespace

void each_picture_once(Screen& screen) {
  Once once;
  // In reading order: the first sentence with a picture keeps it.
  for (auto& element : screen.elements)
    std::visit(Overloaded{[&](Paragraph& p) { once(p.ideas); },
                          [&](Notice& n) { once(n.ideas); },
                          [&](Question& q) { once(q.hint_ideas); },
                          [&](Outcome& o) {
                            once(o.card.summary_ideas);
                            once(o.card.who_ideas);
                          },
                          [&](Steps& s) {
                            for (auto& step : s.steps) once(step.body_ideas);
                          },
                          [&](Todo& t) {
                            for (auto& item : t.items) once(item.body_ideas);
                          },
                          [](auto&) {}},
               element);
}

}  // namespace signpost::core::view
