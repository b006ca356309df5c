import type { recommendationOperations } from '../../shared/contract/recommendations';
import { loadRecommendationDetail } from '../ledger/recommendations/recommendation-detail';
import { listRecommendations } from '../ledger/recommendations/recommendation-repository';
import {
  changeRecommendationStatus,
  createRecommendation,
  updateRecommendation,
} from '../ledger/recommendations/recommendation-service';
import {
  addFollowUp,
  setImplementation,
  updateFollowUp,
} from '../ledger/recommendations/recommendation-follow-up-service';
import type { HandlersFor } from './handler-types';

export const recommendationHandlers: HandlersFor<typeof recommendationOperations> = {
  'recommendations.list': (query, { ledger }) => listRecommendations(ledger.db, query),
  'recommendations.get': ({ id }, { ledger }) => loadRecommendationDetail(ledger.db, id),
  'recommendations.create': ({ recommendation }, { ledger }) => createRecommendation(ledger, recommendation),
  'recommendations.update': ({ id, recommendation, expectedVersion }, { ledger }) =>
    updateRecommendation(ledger, id, recommendation, expectedVersion),
  'recommendations.changeStatus': ({ id, change }, { ledger }) => changeRecommendationStatus(ledger, id, change),
  'recommendations.addFollowUp': ({ id, followUp }, { ledger }) => addFollowUp(ledger, id, followUp),
  'recommendations.updateFollowUp': ({ followUpId, followUp }, { ledger }) =>
    updateFollowUp(ledger, followUpId, followUp),
  'recommendations.setImplementation': ({ id, status, on, note }, { ledger }) =>
    setImplementation(ledger, id, status, on, note),
};
